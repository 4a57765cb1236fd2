using Vigil.Evaluation.Metrics;

namespace Vigil.Evaluation.Tests.Metrics;

public sealed class ThresholdPointTests
{
    [Fact]
    public void BestF1_SeparableScores_PicksTheLowestThresholdAboveTheNegatives()
    {
        (bool, double)[] scored = [(true, 0.9), (true, 0.8), (false, 0.6), (false, 0.4)];

        var best = ThresholdPoint.BestF1(scored);

        Assert.Equal(1.0, best.Metrics.F1, 12);
        Assert.Equal(0.61, best.Threshold, 12);
    }

    [Fact]
    public void Sweep_Always_Covers30To99()
    {
        var sweep = ThresholdPoint.Sweep([(true, 0.5)]);

        Assert.Equal(70, sweep.Length);
        Assert.Equal(0.30, sweep[0].Threshold, 12);
        Assert.Equal(0.99, sweep[^1].Threshold, 12);
        Assert.Equal(1, sweep[0].Metrics.TruePositives);
        Assert.Equal(1, sweep[^1].Metrics.FalseNegatives);
    }
}
