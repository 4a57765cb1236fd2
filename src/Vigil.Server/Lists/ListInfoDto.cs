using System.Collections.Immutable;

namespace Vigil.Server.Lists;

/// <summary>One loaded list.</summary>
/// <param name="Source">Source code (<c>ofac-sdn</c>, <c>un-sc</c>...).</param>
/// <param name="Title">Title.</param>
/// <param name="PublishedAt">Publication time the files state, or null.</param>
/// <param name="ContentHash">SHA-256 of the files.</param>
/// <param name="Entities">Entity count.</param>
/// <param name="BySchema">Entity counts by type.</param>
/// <param name="Store">What the list store knows of the source, or null when it has no record.</param>
internal sealed record ListInfoDto(string Source, string Title, DateTimeOffset? PublishedAt, string ContentHash, int Entities, ImmutableSortedDictionary<string, int> BySchema, StoreInfoDto? Store);
