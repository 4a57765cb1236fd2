using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;
using Vigil.Evaluation.Reports;

namespace Vigil.Evaluation.Cases;

/// <summary>
/// The result of a user's cases file. A case with an expected id is a TP when that entity is the top match at the
/// threshold, else an FN, and also an FP when another entity matched on top; a NONE case is a TN when nothing
/// matches, else an FP. So the counts can exceed the cases by the wrong-entity matches.
/// </summary>
/// <param name="File">The cases file.</param>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="Cases">Cases read.</param>
/// <param name="Metrics">The counts.</param>
/// <param name="Schemas">Counts per schema given.</param>
/// <param name="UnknownExpectedIds">Expected ids not found in the loaded lists (likely typos or another list's ids).</param>
/// <param name="Misses">Every case decided against its expectation, in file order.</param>
public sealed record CasesReport(
    string File,
    double Threshold,
    int Cases,
    ConfusionMatrix Metrics,
    ImmutableArray<GroupMetrics> Schemas,
    ImmutableArray<string> UnknownExpectedIds,
    ImmutableArray<CaseMiss> Misses) : EvaluationReport("cases")
{
    /// <summary>
    /// Of the cases whose expected entity is loaded, the share where the index hands it to scoring at all
    /// (<see cref="Matching.Screening.Screener.CandidateEntityIds"/>); null when no case expects one. Below recall's
    /// misses, what the matcher scored too low; the rest, what candidate generation never reached.
    /// </summary>
    public double? CandidateRecall { get; init; }

    /// <inheritdoc />
    protected override ConfusionMatrix Figures => Metrics;
}
