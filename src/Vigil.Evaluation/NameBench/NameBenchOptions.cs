using Vigil.Evaluation.Fitting;

namespace Vigil.Evaluation.NameBench;

/// <summary>How to run the name benchmark.</summary>
public sealed record NameBenchOptions
{
    /// <summary>Score at or above which a pair counts as a match (default 0.70, <c>MatchingOptions.MatchThreshold</c>'s default).</summary>
    public double Threshold { get; init; } = 0.70;

    /// <summary>
    /// Threshold applied to logic-v2's frozen scores (0.70): the operating point OpenSanctions publishes, kept fixed
    /// whatever <see cref="Threshold"/> is, so the reference does not move with the experiment.
    /// </summary>
    public double LogicV2Threshold { get; init; } = 0.70;

    /// <summary>Seed of the A/B split.</summary>
    public int Seed { get; init; } = BenchFiles.SplitSeed;

    /// <summary>When true, fit the name weights on half A and report both halves with them.</summary>
    public bool Fit { get; init; }

    /// <summary>Settings of the fit.</summary>
    public LogisticFitOptions FitOptions { get; init; } = LogisticFitOptions.Default;
}
