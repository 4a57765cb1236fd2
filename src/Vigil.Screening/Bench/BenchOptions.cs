using System.Collections.Immutable;

namespace Vigil.Screening.Bench;

/// <summary>What <c>vigil bench</c> measures and on how much data, with the reason for each default.</summary>
public sealed record BenchOptions
{
    /// <summary>Synthetic customers (default 10,000): enough for a stable p99 (100 samples above it) in well under a minute.</summary>
    public int Customers { get; init; } = 10_000;

    /// <summary>Seed of the synthetic data (default 42); the same seed gives the same customers.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Share of customers that are perturbed listed names (default 0.10): far above a real book's, so recall is measured on 1,000 names.</summary>
    public double ListedShare { get; init; } = 0.10;

    /// <summary>Results asked per query (default 10, as <c>vigil screen</c>): explanations are built for each, so the limit is part of the cost.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>
    /// Queries screened before timing starts (default 1,000, cycling through the file). The JIT's tiers and the caches
    /// go on settling beyond that: a run with many more (<c>vigil bench --warmup 50000</c>) shows steady state.
    /// </summary>
    public int WarmupQueries { get; init; } = 1_000;

    /// <summary>
    /// Times each query is timed for the single-query latency (default 3), each pass over the whole file: a query's
    /// latency is the median of its timings, so a shared host's slow seconds or an interrupt moves one of three, not the
    /// figure. Every pass's own percentiles are reported beside it. At most <see cref="MostLatencyPasses"/>.
    /// </summary>
    public int LatencyPasses { get; init; } = 3;

    /// <summary>The most passes <see cref="LatencyPasses"/> may ask for.</summary>
    public const int MostLatencyPasses = 25;

    /// <summary>Queries run through the brute-force baseline (default 200): each scores every name, so a sample is enough.</summary>
    public int BruteForceSample { get; init; } = 200;

    /// <summary>List sizes as multiples of the loaded lists (default 1, 4, 16).</summary>
    public ImmutableArray<int> Scales { get; init; } = [1, 4, 16];

    /// <summary>Queries timed at each scale (default 2,000).</summary>
    public int ScaleQueries { get; init; } = 2_000;

    /// <summary>Queries per token count 1..8 (default 300).</summary>
    public int TokenCountQueries { get; init; } = 300;

    /// <summary>Child processes timed for cold start (default 5; the median is reported); 0 skips it.</summary>
    public int ColdStartRuns { get; init; } = 5;

    /// <summary>The child process to time; null skips cold start (a library host has no command line to run).</summary>
    public ColdStartCommand? ColdStart { get; init; }

    /// <summary>The defaults.</summary>
    public static BenchOptions Default { get; } = new();

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Customers, 1, nameof(Customers));
        if (ListedShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ListedShare), ListedShare, "The listed share must be within 0..1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1, nameof(Limit));
        ArgumentOutOfRangeException.ThrowIfNegative(WarmupQueries, nameof(WarmupQueries));
        ArgumentOutOfRangeException.ThrowIfLessThan(LatencyPasses, 1, nameof(LatencyPasses));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(LatencyPasses, MostLatencyPasses, nameof(LatencyPasses));
        ArgumentOutOfRangeException.ThrowIfNegative(BruteForceSample, nameof(BruteForceSample));
        ArgumentOutOfRangeException.ThrowIfNegative(ScaleQueries, nameof(ScaleQueries));
        ArgumentOutOfRangeException.ThrowIfNegative(TokenCountQueries, nameof(TokenCountQueries));
        ArgumentOutOfRangeException.ThrowIfNegative(ColdStartRuns, nameof(ColdStartRuns));
        foreach (var scale in Scales)
        {
            if (scale is < 1 or > 64)
            {
                throw new ArgumentOutOfRangeException(nameof(Scales), scale, "Each scale must be within 1..64.");
            }
        }
    }
}
