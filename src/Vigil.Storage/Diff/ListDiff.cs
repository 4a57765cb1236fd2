using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Diff;

/// <summary>What changed in one source between two versions, entity by entity and field by field.</summary>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="Added">Entities only in <paramref name="To"/>, in ordinal order of id.</param>
/// <param name="Removed">Entities only in <paramref name="From"/>, in ordinal order of id.</param>
/// <param name="Changed">Entities in both whose content changed, in ordinal order of id.</param>
public sealed record ListDiff(
    ListVersion From,
    ListVersion To,
    ImmutableArray<SanctionsEntity> Added,
    ImmutableArray<SanctionsEntity> Removed,
    ImmutableArray<EntityChange> Changed)
{
    /// <summary>The counts of added, removed and changed entities.</summary>
    public ChangeCounts Counts => new(Added.Length, Removed.Length, Changed.Length);

    /// <summary>True when the two versions hold the same entities with the same content.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;
}
