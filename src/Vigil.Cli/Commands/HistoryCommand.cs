using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Storage.History;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil history ofac-sdn:30421</c>: when an entity appeared, each change and its removal;
/// <c>vigil history ofac-sdn</c>: every stored version of a list.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliContext context)
    {
        var store = ImportCommand.StoreOption();
        var postgres = ImportCommand.PostgresOption();
        var target = new Argument<string>("target") { Description = "An entity id (ofac-sdn:30421) or a source code (ofac-sdn)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("history", "Show an entity's history across list versions, or a list's versions") { target, store, postgres, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var id = parse.GetValue(target)!;
            await using var listStore = await ImportCommand.OpenStoreAsync(parse, store, postgres, cancellationToken);
            if (!id.Contains(':', StringComparison.Ordinal))
            {
                var versions = await listStore.GetVersionsAsync(id, cancellationToken);
                if (versions.Count == 0)
                {
                    throw new CliUsageException($"the store has no version of '{id}'.");
                }

                if (parse.GetValue(json))
                {
                    context.Out.WriteLine(new JsonArray([.. versions.Select(v => (JsonNode)ImportCommand.VersionJson(v))]).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                    return 0;
                }

                var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Version").RightAligned()).AddColumn("State").AddColumn("Fetched").AddColumn("Published")
                    .AddColumn(new TableColumn("Entities").RightAligned()).AddColumn("Changes").AddColumn("Note");
                foreach (var v in versions)
                {
                    table.AddRow(
                        ImportCommand.Invariant(v.Number),
                        v.State.ToString().ToLowerInvariant(),
                        v.FetchedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        v.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                        ImportCommand.Invariant(v.EntityCount),
                        v.Changes.ToString(),
                        ConsoleText.Escape(v.Note ?? string.Empty));
                }

                context.Console.Write(table);
                return 0;
            }

            var history = await new EntityHistoryReader(listStore).GetAsync(id, cancellationToken)
                ?? throw new CliUsageException($"no stored version of any list holds '{id}'.");
            if (parse.GetValue(json))
            {
                var doc = new JsonObject
                {
                    ["id"] = history.EntityId,
                    ["source"] = history.Source,
                    ["listed"] = history.IsListed,
                    ["events"] = new JsonArray([.. history.Entries.Select(e => (JsonNode)new JsonObject
                    {
                        ["event"] = e.Kind.ToString().ToLowerInvariant(),
                        ["version"] = e.Version.Number,
                        ["fetchedAt"] = e.Version.FetchedAt.ToString("O", CultureInfo.InvariantCulture),
                        ["publishedAt"] = e.Version.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
                        ["name"] = e.Entity.PrimaryName.Full,
                        ["fields"] = DiffCommand.FieldsJson(e.Changes),
                    })]),
                };
                context.Out.WriteLine(doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }

            context.Console.MarkupLine($"[bold]{ConsoleText.Escape(history.EntityId)}[/] {ConsoleText.Escape(history.Entries[^1].Entity.PrimaryName.Full)}: {(history.IsListed ? "listed" : "[red]removed[/]")}");
            foreach (var e in history.Entries)
            {
                context.Out.WriteLine($"  v{e.Version.Number} {e.Version.FetchedAt:yyyy-MM-dd}  {e.Kind.ToString().ToLowerInvariant()}");
                foreach (var field in e.Changes)
                {
                    context.Out.WriteLine("      " + ConsoleText.Printable(field.ToString()));
                }
            }

            return 0;
        });
        return command;
    }
}
