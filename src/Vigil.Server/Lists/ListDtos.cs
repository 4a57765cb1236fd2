using System.Collections.Immutable;
using Vigil.Server.Entities;

namespace Vigil.Server.Lists;

/// <summary>The answer of <c>GET /v1/lists</c>.</summary>
/// <param name="LoadedAt">When the server loaded the lists.</param>
/// <param name="Names">Indexed names (primary names and aliases).</param>
/// <param name="Lists">Each loaded list.</param>
internal sealed record ListsResponse(DateTimeOffset LoadedAt, int Names, ImmutableArray<ListInfoDto> Lists);

/// <summary>One loaded list.</summary>
/// <param name="Source">Source code (<c>ofac-sdn</c>, <c>un-sc</c>...).</param>
/// <param name="Title">Title.</param>
/// <param name="PublishedAt">Publication time the files state, or null.</param>
/// <param name="ContentHash">SHA-256 of the files.</param>
/// <param name="Entities">Entity count.</param>
/// <param name="BySchema">Entity counts by type.</param>
/// <param name="Store">What the list store knows of the source, or null when it has no record.</param>
internal sealed record ListInfoDto(string Source, string Title, DateTimeOffset? PublishedAt, string ContentHash, int Entities, ImmutableSortedDictionary<string, int> BySchema, StoreInfoDto? Store);

/// <summary>A source's state in the list store.</summary>
/// <param name="CurrentVersion">Number of the current (newest applied) version, or null.</param>
/// <param name="Health">unknown, healthy, needsReview or failing.</param>
/// <param name="LastSuccessAt">When a refresh last succeeded.</param>
/// <param name="LastFailureAt">When a refresh last failed.</param>
/// <param name="ConsecutiveFailures">Failed refreshes in a row.</param>
internal sealed record StoreInfoDto(int? CurrentVersion, string Health, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, int ConsecutiveFailures);

/// <summary>The answer of <c>GET /v1/lists/{source}/versions</c>.</summary>
internal sealed record VersionsResponse(string Source, ImmutableArray<VersionDto> Versions);

/// <summary>One stored version of a list.</summary>
/// <param name="Id">Store-wide id.</param>
/// <param name="Source">Source code.</param>
/// <param name="Number">Number within the source, from 1.</param>
/// <param name="State">applied, held or discarded.</param>
/// <param name="Title">Title.</param>
/// <param name="Origin">The URL it was downloaded from, or null for a local import.</param>
/// <param name="ContentHash">SHA-256 of the files.</param>
/// <param name="PublishedAt">Publication time the files state.</param>
/// <param name="FetchedAt">When it was fetched or imported.</param>
/// <param name="AppliedAt">When it became current.</param>
/// <param name="EntityCount">Entity count.</param>
/// <param name="BySchema">Entity counts by type.</param>
/// <param name="Changes">Changes against the version before it.</param>
/// <param name="PreviousVersionId">The version current when it was stored.</param>
/// <param name="Note">Why it was held or discarded.</param>
internal sealed record VersionDto(
    long Id,
    string Source,
    int Number,
    string State,
    string Title,
    string? Origin,
    string ContentHash,
    DateTimeOffset? PublishedAt,
    DateTimeOffset FetchedAt,
    DateTimeOffset? AppliedAt,
    int EntityCount,
    ImmutableSortedDictionary<string, int> BySchema,
    ChangeCountsDto Changes,
    long? PreviousVersionId,
    string? Note);

/// <summary>Entities added, removed and changed.</summary>
internal sealed record ChangeCountsDto(int Added, int Removed, int Changed);

/// <summary>The answer of <c>GET /v1/lists/{source}/diff</c>.</summary>
internal sealed record ListDiffDto(
    string Source,
    VersionDto From,
    VersionDto To,
    ChangeCountsDto Counts,
    ImmutableArray<EntitySummaryDto> Added,
    ImmutableArray<EntitySummaryDto> Removed,
    ImmutableArray<EntityChangeDto> Changed);

/// <summary>One changed entity and the fields that changed.</summary>
internal sealed record EntityChangeDto(string Id, string Name, ImmutableArray<FieldChangeDto> Fields);
