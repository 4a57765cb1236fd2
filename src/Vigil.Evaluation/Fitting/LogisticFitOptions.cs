namespace Vigil.Evaluation.Fitting;

/// <summary>Settings of the logistic-regression fit behind <c>vigil eval name-bench --fit</c>.</summary>
public sealed record LogisticFitOptions
{
    /// <summary>
    /// L2 penalty on the feature weights, not the bias (default 1.0). The name benchmark's half has about 400
    /// cases and some features (number conflict, legal-form conflict) separate them perfectly: without a penalty
    /// those weights run off to infinity; 1.0 keeps them finite while moving the well-supported weights little.
    /// </summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>Newton iterations at most (default 100; the fit converges in about ten).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Stop when no parameter moves by more than this (default 1e-9).</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>The defaults.</summary>
    public static LogisticFitOptions Default { get; } = new();
}
