using Vigil.Evaluation.Fitting;
using Vigil.Matching.Scoring;

namespace Vigil.Evaluation.Tests.Fitting;

public sealed class WeightsCodeTests
{
    [Fact]
    public void ToCSharp_Weights_WritesBothInitialisersWithFeatureNames()
    {
        var weights = new NameScoringWeights { Bias = -1.23456, Weights = [.. Enumerable.Range(0, NameFeatures.VectorLength).Select(i => i * 0.5)] };

        var code = WeightsCode.ToCSharp(weights);

        Assert.Contains("public double Bias { get; init; } = -1.235;", code, StringComparison.Ordinal);
        Assert.Contains("public ImmutableArray<double> Weights { get; init; } =", code, StringComparison.Ordinal);
        Assert.Contains("0.5, // " + NameFeatures.VectorNames[1], code, StringComparison.Ordinal);
        Assert.Equal(NameFeatures.VectorLength, code.Split('\n').Count(l => l.Contains(", // ", StringComparison.Ordinal)));
    }
}
