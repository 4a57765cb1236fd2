using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;
using Vigil.Evaluation.Reports;

namespace Vigil.Evaluation.NameBench;

/// <summary>The name benchmark's result: Vigil's name comparison against labelled name pairs.</summary>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="TokenStatistics">Where token rarity came from: the bundled lists, or uniform weights.</param>
/// <param name="Seed">The split's seed.</param>
/// <param name="Metrics">Counts over every case.</param>
/// <param name="Groups">Counts per case group.</param>
/// <param name="Halves">Counts on half A and half B.</param>
/// <param name="BestThreshold">Where F1 would peak.</param>
/// <param name="LogicV2">The reference side by side.</param>
/// <param name="Fit">Weights fitted on half A, when asked for.</param>
/// <param name="Misses">Every case decided against its label, in file order.</param>
public sealed record NameBenchReport(
    double Threshold,
    string TokenStatistics,
    int Seed,
    ConfusionMatrix Metrics,
    ImmutableArray<GroupMetrics> Groups,
    ImmutableArray<GroupMetrics> Halves,
    ThresholdPoint BestThreshold,
    LogicV2Comparison LogicV2,
    NameFitResult? Fit,
    ImmutableArray<NameMiss> Misses) : EvaluationReport("name-bench")
{
    /// <inheritdoc />
    protected override ConfusionMatrix Figures => Metrics;

    /// <summary>Number of cases.</summary>
    public int Cases => Metrics.Total;
}
