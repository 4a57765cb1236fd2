using System.Collections.Frozen;
using Vigil.Storage.Refresh;
using Vigil.Storage.Versions;

namespace Vigil.Server.Lists;

/// <summary>The last refresh status and current version of each source read from the store, for metrics and /v1/lists.</summary>
internal sealed class StoreStatusCache
{
    private volatile Snapshot snapshot = new(FrozenDictionary<string, SourceStatus>.Empty, FrozenDictionary<string, ListVersion>.Empty);

    /// <summary>Refresh status by source.</summary>
    public FrozenDictionary<string, SourceStatus> Statuses => snapshot.Statuses;

    /// <summary>Current (newest applied) version by source.</summary>
    public FrozenDictionary<string, ListVersion> CurrentVersions => snapshot.Current;

    /// <summary>Replaces the cached values.</summary>
    public void Set(IEnumerable<SourceStatus> statuses, IEnumerable<ListVersion> current) =>
        snapshot = new Snapshot(
            statuses.ToFrozenDictionary(s => s.Source, StringComparer.Ordinal),
            current.ToFrozenDictionary(v => v.Source, StringComparer.Ordinal));

    private sealed record Snapshot(FrozenDictionary<string, SourceStatus> Statuses, FrozenDictionary<string, ListVersion> Current);
}
