using System.Collections.Immutable;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Logistic weights that turn <see cref="NameFeatures"/> into a calibrated name score in 0..1.
/// The defaults were fitted with <c>vigil eval name-bench --fit</c> on the seeded half "A" of the public name
/// benchmark (nomenklatura name_bench) and checked on half "B"; see docs/quality.md. They are data, not code paths:
/// no rule refers to any particular name.
/// </summary>
public sealed record NameScoringWeights
{
    /// <summary>The intercept.</summary>
    public double Bias { get; init; } = -9.0;

    /// <summary>One weight per entry of <see cref="NameFeatures.WriteVector"/>.</summary>
    public ImmutableArray<double> Weights { get; init; } = [7.0, 3.0, 4.0, -0.8, -0.3, 0.3, -2.5, -1.0, -3.0, 1.0, 1.5, -0.8];

    /// <summary>The default weights.</summary>
    public static NameScoringWeights Default { get; } = new();

    /// <summary>The logit for a feature vector.</summary>
    public double Logit(ReadOnlySpan<double> vector)
    {
        var z = Bias;
        var w = Weights.AsSpan();
        for (var i = 0; i < vector.Length && i < w.Length; i++)
        {
            z += w[i] * vector[i];
        }

        return z;
    }
}
