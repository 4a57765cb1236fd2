using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Model;
using Vigil.Server.Entities;
using Vigil.Server.Refresh;
using Vigil.Server.Screening;
using Vigil.Storage.Diff;
using Vigil.Storage.Versions;

namespace Vigil.Server.Lists;

/// <summary><c>/v1/lists</c>: the loaded lists, and each source's stored versions and their differences.</summary>
internal static class ListsApi
{
    public static IEndpointRouteBuilder MapListsApi(this IEndpointRouteBuilder v1)
    {
        var lists = v1.MapGroup("/lists").WithTags("Lists");
        v1.MapGet("/lists", GetLists)
            .WithTags("Lists")
            .WithName("GetLists")
            .WithSummary("The loaded lists")
            .WithDescription("Each list the server screens against: title, publication time, content hash, entity counts, and what the list store knows of it (current version, refresh health, the last refresh and the last failure); and whether the server refreshes the lists on a schedule.");
        lists.MapGet("/{source}/versions", GetVersions)
            .WithName("GetListVersions")
            .WithSummary("A source's stored versions")
            .WithDescription("Every version of the source in the list store, oldest first: applied, held for review, or discarded, with change counts.");
        lists.MapGet("/{source}/diff", GetDiff)
            .WithName("GetListDiff")
            .WithSummary("What changed between two versions")
            .WithDescription("Entities added, removed and changed (field by field) between versions `from` and `to` (version numbers) of the source.");
        return v1;
    }

    internal static Results<Ok<ListsResponse>, ProblemHttpResult> GetLists(HttpContext context, ScreeningState state, StoreStatusCache store, ServerRefresh refresh, ListRefreshService schedule)
    {
        if (state.Current is not { } loaded)
        {
            return ApiProblems.ListsLoading(context);
        }

        var lists = ImmutableArray.CreateBuilder<ListInfoDto>(loaded.Lists.Lists.Length);
        foreach (var l in loaded.Lists.Lists)
        {
            StoreInfoDto? info = null;
            if (store.Statuses.TryGetValue(l.Source, out var status))
            {
                var current = store.CurrentVersions.TryGetValue(l.Source, out var version) ? version.Number : (int?)null;
                info = new StoreInfoDto(
                    current,
                    EntityMapper.Camel(status.Health.ToString()),
                    status.LastAttemptAt,
                    status.LastOutcome is { } outcome ? EntityMapper.Camel(outcome.ToString()) : null,
                    status.LastMessage,
                    status.LastSuccessAt,
                    status.LastFailureAt,
                    status.LastFailureReason,
                    status.ConsecutiveFailures,
                    status.HeldVersionId);
            }

            lists.Add(new ListInfoDto(l.Source, l.Title, l.PublishedAt, l.ContentHash, l.Entities.Length, loaded.CountsBySchema[l.Source], info));
        }

        var interval = refresh.Schedule.Interval;
        var scheduleDto = new RefreshScheduleDto(interval is not null, interval?.TotalSeconds, interval is null ? [] : [.. schedule.ScheduledSources()], refresh.LastPassAt);
        return TypedResults.Ok(new ListsResponse(loaded.LoadedAt, loaded.Lists.Screener.NameCount, lists.MoveToImmutable(), scheduleDto));
    }

    internal static async Task<Results<Ok<VersionsResponse>, ProblemHttpResult>> GetVersions(string source, StoreAccess access, CancellationToken cancellationToken)
    {
        if (!IsKnown(source))
        {
            return UnknownSource(source);
        }

        if (await access.GetAsync(cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return ApiProblems.StoreUnavailable();
        }

        var versions = await store.GetVersionsAsync(source, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new VersionsResponse(source, [.. versions.Select(ToDto)]));
    }

    internal static async Task<Results<Ok<ListDiffDto>, ValidationProblem, ProblemHttpResult>> GetDiff(
        string source,
        [FromQuery] int? from,
        [FromQuery] int? to,
        StoreAccess access,
        CancellationToken cancellationToken)
    {
        if (!IsKnown(source))
        {
            return UnknownSource(source);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (from is null or < 1)
        {
            errors["from"] = ["from is the number of a stored version (1, 2, ...)."];
        }

        if (to is null or < 1)
        {
            errors["to"] = ["to is the number of a stored version (1, 2, ...)."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await access.GetAsync(cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return ApiProblems.StoreUnavailable();
        }

        var older = await store.GetVersionAsync(source, from!.Value, cancellationToken).ConfigureAwait(false);
        var newer = await store.GetVersionAsync(source, to!.Value, cancellationToken).ConfigureAwait(false);
        if (older is null || newer is null)
        {
            return ApiProblems.NotFound("No such version", $"{source} has no version {(older is null ? from : to)} in the list store.");
        }

        var diff = await new ListDiffer(store).DiffAsync(older.Id, newer.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ToDto(diff));
    }

    internal static bool IsKnown(string source) => ListSources.All.Contains(source, StringComparer.Ordinal);

    internal static ProblemHttpResult UnknownSource(string source) =>
        ApiProblems.NotFound("No such list", $"Sources are {string.Join(", ", ListSources.All)}; '{(source.Length > 40 ? source[..40] : source)}' is not one.");

    private static ImmutableSortedDictionary<string, int> Counts(IEnumerable<KeyValuePair<Schema, int>> counts) =>
        counts.ToImmutableSortedDictionary(kv => kv.Key.ToString(), kv => kv.Value, StringComparer.Ordinal);

    internal static VersionDto ToDto(ListVersion v) => new(
        v.Id,
        v.Source,
        v.Number,
        EntityMapper.Camel(v.State.ToString()),
        v.Title,
        Uri.TryCreate(v.Origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? v.Origin : null,
        v.ContentHash,
        v.PublishedAt,
        v.FetchedAt,
        v.AppliedAt,
        v.EntityCount,
        Counts(v.CountsBySchema),
        new ChangeCountsDto(v.Changes.Added, v.Changes.Removed, v.Changes.Changed),
        v.PreviousVersionId,
        v.Note);

    private static ListDiffDto ToDto(ListDiff d) => new(
        d.From.Source,
        ToDto(d.From),
        ToDto(d.To),
        new ChangeCountsDto(d.Counts.Added, d.Counts.Removed, d.Counts.Changed),
        [.. d.Added.Select(e => EntityMapper.Summary(e)!)],
        [.. d.Removed.Select(e => EntityMapper.Summary(e)!)],
        [.. d.Changed.Select(c => new EntityChangeDto(c.EntityId, c.After.PrimaryName.Full, [.. c.Fields.Select(EntityMapper.Change)]))]);
}
