using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Storage.Diff;
using Vigil.Storage.Versions;

namespace Vigil.Storage.History;

/// <summary>One event in an entity's history.</summary>
/// <param name="Kind">Added, changed or removed.</param>
/// <param name="Version">The applied version in which it happened.</param>
/// <param name="Entity">The entity as it stood from this version on; for a removal, as it last stood.</param>
/// <param name="Changes">For a change, the fields that changed; otherwise empty.</param>
public sealed record EntityHistoryEntry(EntityEventKind Kind, ListVersion Version, SanctionsEntity Entity, ImmutableArray<FieldChange> Changes);
