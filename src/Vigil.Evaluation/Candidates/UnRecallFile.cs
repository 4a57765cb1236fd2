using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;

namespace Vigil.Evaluation.Candidates;

/// <summary>Recall of one UN fixture file.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Rows">Rows in the file.</param>
/// <param name="Evaluated">Rows with an expected entity.</param>
/// <param name="Excluded">Rows left out: no unambiguous expected entity.</param>
/// <param name="RecallAt1">Share of evaluated rows whose expected entity is the top result and a match at the threshold.</param>
/// <param name="RankedFirst">Share whose expected entity is the top result at any score (above the screener's minimum).</param>
/// <param name="CandidateRecall">Share whose expected entity is among the index's candidates.</param>
/// <param name="Metrics">TP: expected entity on top and matching; FP: another entity on top and matching; FN: every evaluated row not a TP.</param>
/// <param name="Misses">Every evaluated row that is not a TP, in file order.</param>
public sealed record UnRecallFile(
    string File,
    int Rows,
    int Evaluated,
    int Excluded,
    double RecallAt1,
    double RankedFirst,
    double CandidateRecall,
    ConfusionMatrix Metrics,
    ImmutableArray<UnMiss> Misses);
