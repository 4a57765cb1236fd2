using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Sources;
using Vigil.Storage.Refresh;
using Vigil.Storage.Versions;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil update</c>: fetches the official list files, checks and stores them (a suspicious download is held
/// for review, a failed one changes nothing); <c>--status</c> shows each list's refresh status, <c>--approve</c> and
/// <c>--discard</c> settle a held version.
/// </summary>
internal static class UpdateCommand
{
    /// <summary>Exit code when a list failed to refresh or waits for review.</summary>
    public const int NotAllUpdated = 1;

    public static Command Create(CliContext context)
    {
        var store = ImportCommand.StoreOption();
        var postgres = ImportCommand.PostgresOption();
        var sources = new Option<string[]>("--source") { Description = "Refresh only these lists (repeatable; default: every list Vigil reads)", AllowMultipleArgumentsPerToken = true };
        var status = new Option<bool>("--status") { Description = "Show each list's refresh status instead of refreshing" };
        var approve = new Option<long?>("--approve") { Description = "Apply a held version (its id, from --status)" };
        var discard = new Option<long?>("--discard") { Description = "Reject a held version (its id, from --status)" };
        var reason = new Option<string?>("--reason") { Description = "Why a held version is discarded" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var mirror = new Option<string?>("--mirror") { Description = "Fetch the files from this internal mirror, as <URL>/<source>/<file name>, instead of the publishers" };
        var command = new Command("update", "Fetch the official lists and store new versions safely") { store, postgres, sources, status, approve, discard, reason, json, mirror };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var listStore = await ImportCommand.OpenStoreAsync(parse, store, postgres, cancellationToken);
            var importer = new ListImporter(listStore);
            if (parse.GetValue(approve) is { } approveId)
            {
                var approved = await SettleAsync(() => importer.ApproveAsync(approveId, cancellationToken));
                context.Out.WriteLine($"applied {approved.Version.Source} version {approved.Version.Number} ({approved.Version.EntityCount} entities, {approved.Change!.Counts})");
                return 0;
            }

            if (parse.GetValue(discard) is { } discardId)
            {
                var why = parse.GetValue(reason) ?? throw new CliUsageException("--discard needs --reason.");
                var discarded = await SettleAsync(() => importer.DiscardAsync(discardId, why, cancellationToken));
                context.Out.WriteLine($"discarded {discarded.Source} version {discarded.Number}");
                return 0;
            }

            if (parse.GetValue(status))
            {
                return await PrintStatusAsync(context, listStore, parse.GetValue(json), cancellationToken);
            }

            var wanted = parse.GetValue(sources) ?? [];
            var options = new RefreshOptions();
            var known = options.Sources.Where(s => ListCatalog.Default.Find(s.Source) is not null);
            var unknown = wanted.Where(w => !options.Sources.Any(s => s.Source == w)).ToList();
            if (unknown.Count > 0)
            {
                throw new CliUsageException($"no download configured for {string.Join(", ", unknown)}; known: {string.Join(", ", options.Sources.Select(s => s.Source))}.");
            }

            options = options with { Sources = [.. wanted.Length == 0 ? known : options.Sources.Where(s => wanted.Contains(s.Source))] };
            if (parse.GetValue(mirror) is { } mirrorText)
            {
                if (!Uri.TryCreate(mirrorText, UriKind.Absolute, out var mirrorUrl) || (mirrorUrl.Scheme != Uri.UriSchemeHttps && mirrorUrl.Scheme != Uri.UriSchemeHttp))
                {
                    throw new CliUsageException($"--mirror '{mirrorText}' is not an absolute http(s) URL.");
                }

                options = options with { Sources = [.. options.Sources.Select(s => s.Mirrored(mirrorUrl))] };
            }

            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var refresher = new ListRefresher(http, importer, ListCatalog.Default, options);
            var results = await refresher.RefreshAllAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
                {
                    ["source"] = r.Source,
                    ["outcome"] = r.Outcome.ToString().ToLowerInvariant(),
                    ["message"] = r.Message,
                    ["current"] = r.Current is null ? null : ImportCommand.VersionJson(r.Current),
                    ["held"] = r.Held is null ? null : ImportCommand.VersionJson(r.Held),
                })]).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumn("Source").AddColumn("Outcome").AddColumn(new TableColumn("Current").RightAligned()).AddColumn("Message");
                foreach (var r in results)
                {
                    table.AddRow(r.Source, Colour(r.Outcome), r.Current is null ? "-" : "v" + ImportCommand.Invariant(r.Current.Number), ConsoleText.Escape(r.Message));
                }

                context.Console.Write(table);
            }

            return results.Any(r => r.Outcome is RefreshOutcome.Failed or RefreshOutcome.Held) ? NotAllUpdated : 0;
        });
        return command;
    }

    /// <summary>Approving or discarding a version that is not held (or does not exist) is the user's mistake: exit 2, one line.</summary>
    private static async Task<T> SettleAsync<T>(Func<Task<T>> settle)
    {
        try
        {
            return await settle();
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException)
        {
            throw new CliUsageException(ex.Message, ex);
        }
    }

    private static async Task<int> PrintStatusAsync(CliContext context, Storage.Store.ListStore listStore, bool json, CancellationToken cancellationToken)
    {
        var statuses = await listStore.GetStatusesAsync(cancellationToken);
        if (json)
        {
            context.Out.WriteLine(StatusJson(statuses).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        context.Console.Write(StatusTable(statuses));
        return 0;
    }

    /// <summary>Each list's refresh status as JSON (also shown by <c>vigil lists</c>).</summary>
    internal static JsonArray StatusJson(IEnumerable<Storage.Refresh.SourceStatus> statuses) =>
        new([.. statuses.Select(s => (JsonNode)new JsonObject
        {
            ["source"] = s.Source,
            ["health"] = s.Health.ToString(),
            ["currentVersionId"] = s.CurrentVersionId,
            ["heldVersionId"] = s.HeldVersionId,
            ["lastAttemptAt"] = s.LastAttemptAt?.ToString("O", CultureInfo.InvariantCulture),
            ["lastOutcome"] = s.LastOutcome?.ToString().ToLowerInvariant(),
            ["lastMessage"] = s.LastMessage,
            ["lastSuccessAt"] = s.LastSuccessAt?.ToString("O", CultureInfo.InvariantCulture),
            ["lastFailureAt"] = s.LastFailureAt?.ToString("O", CultureInfo.InvariantCulture),
            ["lastFailureReason"] = s.LastFailureReason,
            ["consecutiveFailures"] = s.ConsecutiveFailures,
        })]);

    /// <summary>Each list's refresh status as a table (also shown by <c>vigil lists</c>).</summary>
    internal static Table StatusTable(IEnumerable<Storage.Refresh.SourceStatus> statuses)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Source").AddColumn("Health").AddColumn("Current").AddColumn("Held").AddColumn("Last attempt").AddColumn("Last success").AddColumn("Last failure");
        foreach (var s in statuses)
        {
            table.AddRow(
                s.Source,
                s.Health.ToString(),
                s.CurrentVersionId?.ToString(CultureInfo.InvariantCulture) ?? "-",
                s.HeldVersionId?.ToString(CultureInfo.InvariantCulture) ?? "-",
                s.LastAttemptAt is { } at ? $"{at:yyyy-MM-dd HH:mm} {s.LastOutcome?.ToString().ToLowerInvariant()}" : "-",
                s.LastSuccessAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-",
                ConsoleText.Escape(s.LastFailureAt is { } failed ? $"{failed:yyyy-MM-dd HH:mm} {s.LastFailureReason}" : "-"));
        }

        return table;
    }

    private static string Colour(RefreshOutcome outcome) => outcome switch
    {
        RefreshOutcome.Failed => "[red]failed[/]",
        RefreshOutcome.Held => "[yellow]needs review[/]",
        RefreshOutcome.Applied => "[green]applied[/]",
        RefreshOutcome.NotModified => "not modified",
        _ => "unchanged",
    };
}
