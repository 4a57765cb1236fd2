using System.Collections.Immutable;

namespace Vigil.Server.Entities;

/// <summary>One event of an entity's history: added, changed or removed in a list version, with the fields that changed.</summary>
internal sealed record HistoryEntryDto(string Event, VersionRefDto Version, ImmutableArray<FieldChangeDto> Changes);
