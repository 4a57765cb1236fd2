using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;
using Vigil.Evaluation.Reports;

namespace Vigil.Evaluation.EntityBench;

/// <summary>The entity benchmark's result: whole-entity comparison (<c>Screener.Compare</c>) against labelled checks.</summary>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="TokenStatistics">Where token rarity came from.</param>
/// <param name="Metrics">Counts over every check.</param>
/// <param name="Schemas">Counts per schema as written.</param>
/// <param name="Labels">Counts per label; checks without one are "(none)".</param>
/// <param name="BestThreshold">Where F1 would peak.</param>
/// <param name="IgnoredProperties">Properties of the file the mapping has no place for (with their counts), so nothing is dropped unseen.</param>
/// <param name="Misses">Every check decided against its label, in file order.</param>
public sealed record EntityBenchReport(
    double Threshold,
    string TokenStatistics,
    ConfusionMatrix Metrics,
    ImmutableArray<GroupMetrics> Schemas,
    ImmutableArray<GroupMetrics> Labels,
    ThresholdPoint BestThreshold,
    ImmutableSortedDictionary<string, int> IgnoredProperties,
    ImmutableArray<EntityMiss> Misses) : EvaluationReport("entity-bench")
{
    /// <inheritdoc />
    protected override ConfusionMatrix Figures => Metrics;

    /// <summary>Number of checks.</summary>
    public int Checks => Metrics.Total;
}
