using Vigil.Evaluation.Fitting;
using Vigil.Evaluation.Metrics;
using Vigil.Matching.Scoring;

namespace Vigil.Evaluation.NameBench;

/// <summary>Name weights fitted on half A, and how they do on both halves.</summary>
/// <param name="Weights">The fitted weights.</param>
/// <param name="Fit">The fit's diagnostics (iterations, convergence, training log-loss).</param>
/// <param name="L2">The penalty used.</param>
/// <param name="TrainingCases">Half-A cases the fit saw: those whose names share at least one identifying token.</param>
/// <param name="FixedCases">Half-A cases outside the fit: nothing identifying matched, so the score is the fixed floor whatever the weights.</param>
/// <param name="HalfA">Counts on half A with the fitted weights.</param>
/// <param name="HalfB">Counts on half B with the fitted weights: the honest figure.</param>
/// <param name="All">Counts on all cases with the fitted weights.</param>
/// <param name="BestOnA">The threshold of best F1 on half A with the fitted weights: the fit minimises log-loss, not
/// errors at the threshold in force, so its best operating point may sit elsewhere.</param>
/// <param name="HalfBAtBestOnA">Counts on half B at <paramref name="BestOnA"/>'s threshold (chosen on A only).</param>
/// <param name="CSharp">The weights as C# to paste into <see cref="NameScoringWeights"/>.</param>
public sealed record NameFitResult(
    NameScoringWeights Weights,
    LogisticFit Fit,
    double L2,
    int TrainingCases,
    int FixedCases,
    ConfusionMatrix HalfA,
    ConfusionMatrix HalfB,
    ConfusionMatrix All,
    ThresholdPoint BestOnA,
    ConfusionMatrix HalfBAtBestOnA,
    string CSharp);
