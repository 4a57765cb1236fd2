using System.Collections.Immutable;

namespace Vigil.Server.Lists;

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
