using System.Collections.Immutable;
using Vigil.Storage.Versions;

namespace Vigil.Storage.History;

/// <summary>The life of one entity across the applied versions of its source.</summary>
/// <param name="EntityId">The entity id.</param>
/// <param name="Source">Its source.</param>
/// <param name="Entries">Every addition, change and removal, oldest first; the first entry is always an addition.</param>
public sealed record EntityHistory(string EntityId, string Source, ImmutableArray<EntityHistoryEntry> Entries)
{
    /// <summary>The version in which the entity first appeared.</summary>
    public ListVersion FirstSeen => Entries[0].Version;

    /// <summary>The version that removed the entity, or null while it is listed in the current version.</summary>
    public ListVersion? RemovedIn => Entries[^1].Kind == EntityEventKind.Removed ? Entries[^1].Version : null;

    /// <summary>True when the entity is in the source's current version.</summary>
    public bool IsListed => RemovedIn is null;
}
