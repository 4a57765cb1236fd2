using Vigil.Evaluation.Fitting;

namespace Vigil.Evaluation.Tests.Fitting;

public sealed class LogisticRegressionTests
{
    // One informative feature (positives high), one pure noise feature alternating with the label.
    private static readonly double[][] Features =
    [
        [0.9, 1], [0.8, 0], [0.7, 1], [0.65, 0], [0.4, 1], [0.3, 0], [0.2, 1], [0.1, 0], [0.6, 1], [0.35, 0],
    ];

    private static readonly bool[] Labels = [true, true, true, true, false, false, false, false, false, true];

    [Fact]
    public void Fit_InformativeFeature_GetsPositiveWeightAndSeparatesTheClasses()
    {
        var fit = LogisticRegression.Fit(Features, Labels, new LogisticFitOptions { L2 = 0.01 });

        Assert.True(fit.Converged);
        Assert.True(fit.Weights[0] > 0);
        Assert.True(fit.Logit([0.9, 0]) > fit.Logit([0.1, 0]));
        Assert.True(fit.LogLoss < Math.Log(2), "the fit must beat a coin toss on its own training data");
    }

    [Fact]
    public void Fit_SameData_GivesBitIdenticalWeights()
    {
        var a = LogisticRegression.Fit(Features, Labels);
        var b = LogisticRegression.Fit(Features, Labels);

        Assert.Equal(a.Bias, b.Bias);
        Assert.Equal(a.Weights.ToArray(), b.Weights.ToArray());
    }

    [Fact]
    public void Fit_PerfectlySeparableData_KeepsWeightsFiniteUnderL2()
    {
        double[][] x = [[0], [0], [1], [1]];
        bool[] y = [false, false, true, true];

        var fit = LogisticRegression.Fit(x, y, new LogisticFitOptions { L2 = 1.0 });

        Assert.True(double.IsFinite(fit.Bias));
        Assert.True(double.IsFinite(fit.Weights[0]));
        Assert.InRange(fit.Weights[0], 0.1, 20);
    }

    [Fact]
    public void Fit_StrongerPenalty_ShrinksWeights()
    {
        var loose = LogisticRegression.Fit(Features, Labels, new LogisticFitOptions { L2 = 0.01 });
        var tight = LogisticRegression.Fit(Features, Labels, new LogisticFitOptions { L2 = 10 });

        Assert.True(Math.Abs(tight.Weights[0]) < Math.Abs(loose.Weights[0]));
    }

    [Fact]
    public void Fit_RaggedRows_Throws() =>
        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([[1.0, 2.0], [1.0]], [true, false]));
}
