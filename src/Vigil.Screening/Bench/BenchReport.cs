using System.Collections.Immutable;

namespace Vigil.Screening.Bench;

/// <summary>Everything <c>vigil bench</c> measured, as one document.</summary>
/// <param name="Environment">Machine and runtime.</param>
/// <param name="Customers">Synthetic customers screened.</param>
/// <param name="ListedCustomers">Of which perturbed listed names.</param>
/// <param name="Seed">Seed of the synthetic data.</param>
/// <param name="WarmupQueries">Queries screened before timing started.</param>
/// <param name="Lists">The loaded lists, load and index time, memory after load.</param>
/// <param name="SingleQuery">
/// In-process single-query latency over every customer, after warm-up: each query's median over the passes
/// (<see cref="SingleQueryPasses"/>).
/// </param>
/// <param name="SingleQueryWork">Mean work per query over every customer.</param>
/// <param name="Batch">Batch throughput over every core.</param>
/// <param name="Recall">Candidate and end-to-end recall on the perturbed listed names.</param>
/// <param name="BruteForce">The brute-force baseline and the index's speed-up over it.</param>
/// <param name="ByTokenCount">Latency by query word count, 1 to 8.</param>
/// <param name="Scaling">Index build time and latency as the lists grow.</param>
/// <param name="ColdStart">Process start to answer for <c>vigil screen</c>, or null when not measured.</param>
public sealed record BenchReport(
    BenchEnvironment Environment,
    int Customers,
    int ListedCustomers,
    int Seed,
    int WarmupQueries,
    BenchListFigures Lists,
    LatencySummary SingleQuery,
    WorkSummary SingleQueryWork,
    BenchThroughput Batch,
    BenchRecall Recall,
    BenchBruteForce BruteForce,
    ImmutableArray<BenchTokenLatency> ByTokenCount,
    ImmutableArray<BenchScalePoint> Scaling,
    BenchColdStart? ColdStart)
{
    /// <summary>Each pass's single-query latency over every customer, in the order run.</summary>
    public ImmutableArray<LatencySummary> SingleQueryPasses { get; init; } = [];

    /// <summary>
    /// Each customer's query timed when screened a second time straight after the first: what it reads is then in the
    /// processor's cache, so the gap to <see cref="SingleQuery"/> is the time a query spends waiting on memory, the part
    /// a shared host's other work moves (docs/benchmarks.md).
    /// </summary>
    public LatencySummary SameQueryAgain { get; init; } = LatencySummary.Empty;

    /// <summary>The performance targets, each with the measured value and whether it is met.</summary>
    public ImmutableArray<BenchTarget> Targets { get; init; } = [];
}
