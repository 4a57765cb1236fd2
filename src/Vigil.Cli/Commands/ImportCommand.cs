using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Model;
using Vigil.Sources;
using Vigil.Storage.Store;
using Vigil.Storage.Versions;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil import</c>: stores the lists of the data directory (or one list folder) as new versions in the list
/// store; content equal to the current version is not stored again. Also holds the store options the other
/// store commands (diff, history, update) share.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Environment variable naming the store folder.</summary>
    public const string StoreEnvironmentVariable = "VIGIL_STORE_DIR";

    /// <summary>Environment variable holding a PostgreSQL connection string.</summary>
    public const string PostgresEnvironmentVariable = "VIGIL_POSTGRES";

    public static Command Create(CliContext context)
    {
        var store = StoreOption();
        var postgres = PostgresOption();
        var source = new Option<string?>("--source") { Description = "Import only this list (source code, e.g. ofac-sdn)" };
        var path = new Option<string?>("--path") { Description = "Import one list from this folder or file instead of the data directory (needs --source unless the format is recognised)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("import", "Store the lists as new versions in the list store (SQLite by default, or PostgreSQL)") { store, postgres, source, path, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var work = Find(parse.GetValue(path), parse.GetValue(source), context.ListsDirectory(parse));
            await using var listStore = await OpenStoreAsync(parse, store, postgres, cancellationToken);
            var importer = new ListImporter(listStore);
            var results = new List<ImportResult>();
            foreach (var (reader, folder) in work)
            {
                var snapshot = reader.Load(folder, cancellationToken);
                results.Add(await importer.ImportAsync(snapshot, cancellationToken));
            }

            if (parse.GetValue(json))
            {
                var doc = new JsonObject
                {
                    ["store"] = listStore.Location,
                    ["imports"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
                    {
                        ["source"] = r.Version.Source,
                        ["outcome"] = r.Outcome.ToString().ToLowerInvariant(),
                        ["version"] = VersionJson(r.Version),
                    })]),
                };
                context.Out.WriteLine(doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Source").AddColumn("Outcome").AddColumn(new TableColumn("Version").RightAligned())
                .AddColumn(new TableColumn("Entities").RightAligned()).AddColumn(new TableColumn("Added").RightAligned()).AddColumn(new TableColumn("Removed").RightAligned()).AddColumn(new TableColumn("Changed").RightAligned());
            foreach (var r in results)
            {
                var changes = r.Outcome == ImportOutcome.Unchanged ? default : r.Version.Changes;
                table.AddRow(
                    r.Version.Source,
                    r.Outcome == ImportOutcome.Unchanged ? "unchanged" : "applied",
                    Invariant(r.Version.Number),
                    Invariant(r.Version.EntityCount),
                    Invariant(changes.Added),
                    Invariant(changes.Removed),
                    Invariant(changes.Changed));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"Store: {ConsoleText.Escape(listStore.Location)}");
            return 0;
        });
        return command;
    }

    /// <summary>The <c>--store</c> option: folder of the SQLite store.</summary>
    public static Option<string?> StoreOption() => new("--store")
    {
        Description = $"Folder of the list store (SQLite file vigil.db). Default: ${StoreEnvironmentVariable}, else .vigil",
    };

    /// <summary>The <c>--postgres</c> option: a PostgreSQL connection string.</summary>
    public static Option<string?> PostgresOption() => new("--postgres")
    {
        Description = $"Use PostgreSQL with this connection string instead of SQLite. Default: ${PostgresEnvironmentVariable}",
    };

    /// <summary>Opens the store the options (or the environment) name.</summary>
    public static Task<ListStore> OpenStoreAsync(ParseResult parse, Option<string?> store, Option<string?> postgres, CancellationToken cancellationToken) =>
        ListStore.OpenAsync(StoreOptions(parse, store, postgres), cancellationToken);

    /// <summary>True when the named store exists: PostgreSQL is configured, or the SQLite file is there (never created here).</summary>
    public static bool StoreExists(ParseResult parse, Option<string?> store, Option<string?> postgres)
    {
        var options = StoreOptions(parse, store, postgres);
        return options.PostgresConnectionString is not null || File.Exists(options.DatabasePath);
    }

    private static ListStoreOptions StoreOptions(ParseResult parse, Option<string?> store, Option<string?> postgres) => new()
    {
        DataDirectory = FirstSet(parse.GetValue(store), Environment.GetEnvironmentVariable(StoreEnvironmentVariable)) ?? new ListStoreOptions().DataDirectory,
        PostgresConnectionString = FirstSet(parse.GetValue(postgres), Environment.GetEnvironmentVariable(PostgresEnvironmentVariable)),
    };

    /// <summary>A version as JSON, for every store command.</summary>
    public static JsonObject VersionJson(ListVersion v) => new()
    {
        ["id"] = v.Id,
        ["source"] = v.Source,
        ["number"] = v.Number,
        ["state"] = v.State.ToString().ToLowerInvariant(),
        ["title"] = v.Title,
        ["origin"] = v.Origin,
        ["contentHash"] = v.ContentHash,
        ["publishedAt"] = v.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
        ["fetchedAt"] = v.FetchedAt.ToString("O", CultureInfo.InvariantCulture),
        ["appliedAt"] = v.AppliedAt?.ToString("O", CultureInfo.InvariantCulture),
        ["entities"] = v.EntityCount,
        ["bySchema"] = new JsonObject(v.CountsBySchema.Select(kv => KeyValuePair.Create(kv.Key.ToString(), (JsonNode?)kv.Value))),
        ["added"] = v.Changes.Added,
        ["removed"] = v.Changes.Removed,
        ["changed"] = v.Changes.Changed,
        ["note"] = v.Note,
    };

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? FirstSet(string? a, string? b) => !string.IsNullOrWhiteSpace(a) ? a : !string.IsNullOrWhiteSpace(b) ? b : null;

    private static List<(IListSource Reader, string Folder)> Find(string? path, string? source, string dataDirectory)
    {
        var catalog = ListCatalog.Default;
        if (path is not null)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw new CliUsageException($"no file or folder at '{full}'.");
            }

            var reader = source is not null
                ? catalog.Find(source) ?? throw new CliUsageException($"unknown source '{source}'; known: {string.Join(", ", ListSources.All)}.")
                : catalog.Sources.FirstOrDefault(s => s.CanLoad(full)) ?? throw new CliUsageException($"no list format recognises '{full}'; name it with --source.");
            return [(reader, full)];
        }

        if (!Directory.Exists(dataDirectory))
        {
            throw new DirectoryNotFoundException($"List data directory '{dataDirectory}' does not exist.");
        }

        var work = new List<(IListSource, string)>();
        foreach (var reader in catalog.Sources)
        {
            var folder = Path.Combine(dataDirectory, reader.Code);
            if ((source is null || string.Equals(source, reader.Code, StringComparison.Ordinal)) && Directory.Exists(folder) && reader.CanLoad(folder))
            {
                work.Add((reader, folder));
            }
        }

        return work.Count > 0
            ? work
            : throw new CliUsageException(source is null ? $"no list folders in '{dataDirectory}'." : $"no '{source}' folder in '{dataDirectory}'.");
    }
}
