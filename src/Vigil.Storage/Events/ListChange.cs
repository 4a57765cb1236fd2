using System.Collections.Immutable;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Events;

/// <summary>
/// What one applied version changed: the ids of entities added, removed and changed against the version that was
/// current before it. Published after the version's transaction commits.
/// </summary>
/// <param name="Source">Source code.</param>
/// <param name="From">The version that was current before, or null for the source's first version.</param>
/// <param name="To">The version now current.</param>
/// <param name="Added">Ids of entities new in <paramref name="To"/>, in ordinal order.</param>
/// <param name="Removed">Ids of entities gone from <paramref name="To"/>, in ordinal order.</param>
/// <param name="Changed">Ids of entities whose content changed, in ordinal order.</param>
public sealed record ListChange(
    string Source,
    ListVersion? From,
    ListVersion To,
    ImmutableArray<string> Added,
    ImmutableArray<string> Removed,
    ImmutableArray<string> Changed)
{
    /// <summary>The counts of the three sets.</summary>
    public ChangeCounts Counts => new(Added.Length, Removed.Length, Changed.Length);

    /// <summary>True when nothing was added, removed or changed.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;
}
