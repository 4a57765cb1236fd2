using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using Vigil.Model;
using Vigil.Screening.Lists;
using Vigil.Screening.Payments;
using Vigil.Screening.Text;
using Vigil.Server.Operations;

namespace Vigil.Server.Lists;

/// <summary>The loaded lists with what the API derives from them once: which entities link to each entity.</summary>
internal sealed class LoadedScreening
{
    public LoadedScreening(LoadedLists lists, DateTimeOffset loadedAt)
    {
        Lists = lists;
        LoadedAt = loadedAt;
        var linkedFrom = new Dictionary<string, List<(SanctionsEntity From, EntityLink Link)>>(StringComparer.Ordinal);
        foreach (var entity in lists.Screener.Entities)
        {
            foreach (var link in entity.Links)
            {
                if (link.TargetId is null)
                {
                    continue;
                }

                if (!linkedFrom.TryGetValue(link.TargetId, out var sources))
                {
                    sources = [];
                    linkedFrom.Add(link.TargetId, sources);
                }

                sources.Add((entity, link));
            }
        }

        LinkedFrom = linkedFrom.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        // ListSnapshot.CountsBySchema groups every entity on each call; /v1/lists answers from this copy.
        CountsBySchema = lists.Lists.ToFrozenDictionary(
            l => l.Source,
            l => l.CountsBySchema.ToImmutableSortedDictionary(kv => kv.Key.ToString(), kv => kv.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        Text = new Lazy<TextScreener>(() => new TextScreener(lists.Screener), LazyThreadSafetyMode.ExecutionAndPublication);
        Payments = new Lazy<PaymentScreener>(() => new PaymentScreener(Text.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Entity counts by schema name, per source.</summary>
    public FrozenDictionary<string, ImmutableSortedDictionary<string, int>> CountsBySchema { get; }

    /// <summary>The payment screener over the text screener, built on first use.</summary>
    public Lazy<PaymentScreener> Payments { get; }

    /// <summary>The text screener over the same lists, built on first use (about a second) so that name screening starts without waiting for it.</summary>
    public Lazy<TextScreener> Text { get; }

    /// <summary>The lists and the screener.</summary>
    public LoadedLists Lists { get; }

    /// <summary>When they were loaded.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>For an entity id, the entities whose published links point at it, with the link.</summary>
    public FrozenDictionary<string, ImmutableArray<(SanctionsEntity From, EntityLink Link)>> LinkedFrom { get; }

    /// <summary>Builds the text and payment screeners now, so the first request to them does not wait.</summary>
    public void Warm(ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            _ = Payments.Value;
            ServerLog.TextScreenerBuilt(logger, clock.ElapsedMilliseconds);
        }
#pragma warning disable CA1031 // Name screening goes on; /v1/screen/text answers 500 and the log says why.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ServerLog.TextScreenerFailed(logger, ex);
        }
    }
}
