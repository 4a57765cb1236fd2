using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;
using Vigil.Evaluation.Reports;

namespace Vigil.Evaluation.Candidates;

/// <summary>
/// Whether each listed UN person comes back as the top match of a customer-style query, with the UN list loaded
/// alone. Top-level precision, recall and F1 pool both files; recall is recall@1 at the threshold.
/// </summary>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="ListedEntities">Entities loaded (the UN list).</param>
/// <param name="CorrespondingRows">Rows of the two files that describe the same person line by line.</param>
/// <param name="NonCorrespondingRows">Rows that do not (should be none).</param>
/// <param name="MappingCoverage">Count of mapping rows by derivation (name, name+dob, ambiguous, not-found).</param>
/// <param name="Metrics">Both files pooled.</param>
/// <param name="Files">Per file: treated, then untreated.</param>
public sealed record UnRecallReport(
    double Threshold,
    int ListedEntities,
    int CorrespondingRows,
    ImmutableArray<int> NonCorrespondingRows,
    ImmutableSortedDictionary<string, int> MappingCoverage,
    ConfusionMatrix Metrics,
    ImmutableArray<UnRecallFile> Files) : EvaluationReport("un-recall")
{
    /// <inheritdoc />
    protected override ConfusionMatrix Figures => Metrics;
}
