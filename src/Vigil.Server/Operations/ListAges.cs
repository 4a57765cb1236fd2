using System.Diagnostics.Metrics;
using Vigil.Server.Lists;

namespace Vigil.Server.Operations;

/// <summary>Observes each loaded list's age for the <c>vigil.list.age</c> gauge.</summary>
internal sealed class ListAges
{
    private readonly ScreeningState state;
    private readonly StoreStatusCache store;
    private readonly TimeProvider timeProvider;

    public ListAges(ScreeningState state, StoreStatusCache store, TimeProvider timeProvider)
    {
        this.state = state;
        this.store = store;
        this.timeProvider = timeProvider;
    }

    public IEnumerable<Measurement<double>> Observe()
    {
        if (state.Current is not { } loaded)
        {
            yield break;
        }

        var now = timeProvider.GetUtcNow();
        foreach (var list in loaded.Lists.Lists)
        {
            var since = list.PublishedAt;
            if (since is null && store.CurrentVersions.TryGetValue(list.Source, out var version))
            {
                since = version.PublishedAt ?? version.FetchedAt;
            }

            if (since is { } at)
            {
                yield return new Measurement<double>(Math.Max(0, (now - at).TotalSeconds), new KeyValuePair<string, object?>("source", list.Source));
            }
        }
    }
}
