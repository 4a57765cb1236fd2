using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Model;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil lists</c>: each loaded list with its date and entity counts, and, when a list store exists, each list's
/// refresh status (a failed or held download shows here). The command never creates a store.
/// </summary>
internal static class ListsCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var store = ImportCommand.StoreOption();
        var postgres = ImportCommand.PostgresOption();
        var command = new Command("lists", "Show the loaded lists, their dates and entity counts, and the store's refresh status") { json, store, postgres };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var loaded = context.Lists(parse);
            var statuses = await RefreshStatusesAsync(parse, store, postgres, cancellationToken);
            if (parse.GetValue(json))
            {
                var doc = new JsonObject
                {
                    ["dataDirectory"] = loaded.DataDirectory,
                    ["loadMilliseconds"] = Math.Round(loaded.LoadTime.TotalMilliseconds),
                    ["indexMilliseconds"] = Math.Round(loaded.IndexTime.TotalMilliseconds),
                    ["lists"] = new JsonArray([.. loaded.Lists.Select(l => (JsonNode)new JsonObject
                    {
                        ["source"] = l.Source,
                        ["title"] = l.Title,
                        ["publishedAt"] = l.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
                        ["origin"] = l.Origin,
                        ["contentHash"] = l.ContentHash,
                        ["entities"] = l.Entities.Length,
                        ["bySchema"] = new JsonObject(l.CountsBySchema.OrderBy(kv => kv.Key).Select(kv => KeyValuePair.Create(kv.Key.ToString(), (JsonNode?)kv.Value))),
                    })]),
                    ["refresh"] = statuses is null ? null : UpdateCommand.StatusJson(statuses),
                };
                context.Out.WriteLine(CliJson.SerializeNode(doc));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Source").AddColumn("Title").AddColumn("Published").AddColumn(new TableColumn("Entities").RightAligned())
                .AddColumn(new TableColumn("Persons").RightAligned()).AddColumn(new TableColumn("Organisations").RightAligned()).AddColumn(new TableColumn("Vessels").RightAligned()).AddColumn(new TableColumn("Aircraft").RightAligned());
            foreach (var l in loaded.Lists)
            {
                var c = l.CountsBySchema;
                table.AddRow(
                    l.Source,
                    ConsoleText.Escape(l.Title),
                    l.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(not stated)",
                    l.Entities.Length.ToString(CultureInfo.InvariantCulture),
                    c.GetValueOrDefault(Schema.Person).ToString(CultureInfo.InvariantCulture),
                    (c.GetValueOrDefault(Schema.Organization) + c.GetValueOrDefault(Schema.LegalEntity)).ToString(CultureInfo.InvariantCulture),
                    c.GetValueOrDefault(Schema.Vessel).ToString(CultureInfo.InvariantCulture),
                    c.GetValueOrDefault(Schema.Aircraft).ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"Loaded from {ConsoleText.Escape(loaded.DataDirectory)} in {loaded.LoadTime.TotalMilliseconds:0} ms; index built in {loaded.IndexTime.TotalMilliseconds:0} ms; {loaded.Screener.NameCount} names.");
            if (statuses is not null)
            {
                context.Console.MarkupLine("Refresh status of the list store:");
                context.Console.Write(UpdateCommand.StatusTable(statuses));
            }

            return 0;
        });
        return command;
    }

    /// <summary>The store's refresh statuses, or null when no store is configured or its SQLite file does not exist yet.</summary>
    private static async Task<IReadOnlyList<Storage.Refresh.SourceStatus>?> RefreshStatusesAsync(ParseResult parse, Option<string?> store, Option<string?> postgres, CancellationToken cancellationToken)
    {
        if (!ImportCommand.StoreExists(parse, store, postgres))
        {
            return null;
        }

        await using var listStore = await ImportCommand.OpenStoreAsync(parse, store, postgres, cancellationToken);
        return await listStore.GetStatusesAsync(cancellationToken);
    }
}
