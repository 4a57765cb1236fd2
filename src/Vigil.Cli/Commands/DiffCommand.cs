using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Storage.Diff;
using Vigil.Storage.Versions;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil diff SOURCE</c>: entities added, removed and changed between two stored versions, field by field.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var store = ImportCommand.StoreOption();
        var postgres = ImportCommand.PostgresOption();
        var source = new Argument<string>("source") { Description = "Source code, e.g. ofac-sdn" };
        var from = new Option<int?>("--from") { Description = "Older version number (default: the applied version before --to)" };
        var to = new Option<int?>("--to") { Description = "Newer version number (default: the current version)" };
        var limit = new Option<int>("--limit") { Description = "Entities shown per section; 0 shows all", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (every entity, no limit)" };
        var command = new Command("diff", "Show what changed in a list between two stored versions") { source, store, postgres, from, to, limit, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var code = parse.GetValue(source)!;
            await using var listStore = await ImportCommand.OpenStoreAsync(parse, store, postgres, cancellationToken);
            var versions = await listStore.GetVersionsAsync(code, cancellationToken);
            var applied = versions.Where(v => v.State == VersionState.Applied).ToList();
            var newer = parse.GetValue(to) is { } t
                ? versions.FirstOrDefault(v => v.Number == t) ?? throw new CliUsageException($"{code} has no version {t}.")
                : applied.LastOrDefault() ?? throw new CliUsageException($"the store has no version of '{code}'; run vigil import or vigil update first.");
            var older = parse.GetValue(from) is { } f
                ? versions.FirstOrDefault(v => v.Number == f) ?? throw new CliUsageException($"{code} has no version {f}.")
                : applied.LastOrDefault(v => v.Number < newer.Number) ?? throw new CliUsageException($"{code} has no version before {newer.Number} to compare with.");
            var diff = await new ListDiffer(listStore).DiffAsync(older.Id, newer.Id, cancellationToken);
            if (parse.GetValue(json))
            {
                var doc = new JsonObject
                {
                    ["from"] = ImportCommand.VersionJson(diff.From),
                    ["to"] = ImportCommand.VersionJson(diff.To),
                    ["added"] = new JsonArray([.. diff.Added.Select(e => (JsonNode)new JsonObject { ["id"] = e.Id, ["name"] = e.PrimaryName.Full, ["schema"] = e.Schema.ToString() })]),
                    ["removed"] = new JsonArray([.. diff.Removed.Select(e => (JsonNode)new JsonObject { ["id"] = e.Id, ["name"] = e.PrimaryName.Full, ["schema"] = e.Schema.ToString() })]),
                    ["changed"] = new JsonArray([.. diff.Changed.Select(c => (JsonNode)new JsonObject
                    {
                        ["id"] = c.EntityId,
                        ["name"] = c.After.PrimaryName.Full,
                        ["fields"] = FieldsJson(c.Fields),
                    })]),
                };
                context.Out.WriteLine(CliJson.SerializeNode(doc));
                return 0;
            }

            var max = parse.GetValue(limit);
            context.Console.MarkupLine($"[bold]{ConsoleText.Escape(code)}[/] v{diff.From.Number} ({diff.From.FetchedAt:yyyy-MM-dd}) -> v{diff.To.Number} ({diff.To.FetchedAt:yyyy-MM-dd}): [green]+{diff.Added.Length}[/] [red]-{diff.Removed.Length}[/] [yellow]~{diff.Changed.Length}[/]");
            Section(context, "Added", diff.Added.Select(e => $"{e.Id}  {e.PrimaryName.Full}"), max);
            Section(context, "Removed", diff.Removed.Select(e => $"{e.Id}  {e.PrimaryName.Full}"), max);
            Section(context, "Changed", diff.Changed.Select(c => $"{c.EntityId}  {c.After.PrimaryName.Full}\n" + string.Join('\n', c.Fields.Select(field => "    " + field))), max);
            return 0;
        });
        return command;
    }

    /// <summary>Field changes as JSON, shared with <c>vigil history</c>.</summary>
    public static JsonArray FieldsJson(IEnumerable<FieldChange> fields) => new([.. fields.Select(f => (JsonNode)new JsonObject
    {
        ["field"] = f.Field.ToString(),
        ["removed"] = new JsonArray([.. f.Removed.Select(v => (JsonNode?)v)]),
        ["added"] = new JsonArray([.. f.Added.Select(v => (JsonNode?)v)]),
    })]);

    private static void Section(CliContext context, string title, IEnumerable<string> lines, int max)
    {
        var all = lines.ToList();
        if (all.Count == 0)
        {
            return;
        }

        context.Console.MarkupLine($"[bold]{title}[/] ({all.Count})");
        foreach (var line in max > 0 ? all.Take(max) : all)
        {
            context.Out.WriteLine("  " + line);
        }

        if (max > 0 && all.Count > max)
        {
            context.Out.WriteLine($"  ... {all.Count - max} more (--limit 0 shows all)");
        }
    }
}
