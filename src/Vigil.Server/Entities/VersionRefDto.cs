namespace Vigil.Server.Entities;

/// <summary>A list version in brief.</summary>
internal sealed record VersionRefDto(long Id, string Source, int Number, DateTimeOffset? PublishedAt, DateTimeOffset FetchedAt, DateTimeOffset? AppliedAt);
