using System.Diagnostics.Metrics;
using Vigil.Server.Lists;

namespace Vigil.Server.Operations;

/// <summary>Observes failed refreshes in a row per source for the <c>vigil.refresh.failures</c> gauge.</summary>
internal sealed class RefreshFailures
{
    private readonly StoreStatusCache store;

    public RefreshFailures(StoreStatusCache store)
    {
        this.store = store;
    }

    public IEnumerable<Measurement<long>> Observe()
    {
        foreach (var (source, status) in store.Statuses)
        {
            yield return new Measurement<long>(status.ConsecutiveFailures, new KeyValuePair<string, object?>("source", source));
        }
    }
}
