using System.Collections.Immutable;

namespace Vigil.Server.Entities;

/// <summary>One event of an entity's history: added, changed or removed in a list version, with the fields that changed.</summary>
internal sealed record HistoryEntryDto(string Event, VersionRefDto Version, ImmutableArray<FieldChangeDto> Changes);

/// <summary>A list version in brief.</summary>
internal sealed record VersionRefDto(long Id, string Source, int Number, DateTimeOffset? PublishedAt, DateTimeOffset FetchedAt, DateTimeOffset? AppliedAt);

/// <summary>How one field changed: values removed and values added.</summary>
internal sealed record FieldChangeDto(string Field, ImmutableArray<string> Removed, ImmutableArray<string> Added);
