using System.Collections.Immutable;

namespace Vigil.Evaluation.Fitting;

/// <summary>A fitted logistic model.</summary>
/// <param name="Bias">The intercept.</param>
/// <param name="Weights">One weight per feature.</param>
/// <param name="Iterations">Newton iterations run.</param>
/// <param name="Converged">True when the last step moved no parameter by more than the tolerance.</param>
/// <param name="LogLoss">Mean negative log-likelihood on the training set (without the penalty).</param>
public sealed record LogisticFit(double Bias, ImmutableArray<double> Weights, int Iterations, bool Converged, double LogLoss)
{
    /// <summary>The model's logit for a feature vector.</summary>
    public double Logit(ReadOnlySpan<double> features)
    {
        var z = Bias;
        for (var i = 0; i < features.Length && i < Weights.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return z;
    }
}
