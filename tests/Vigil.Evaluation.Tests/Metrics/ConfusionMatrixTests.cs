using FsCheck;
using FsCheck.Xunit;
using Vigil.Evaluation.Metrics;

namespace Vigil.Evaluation.Tests.Metrics;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void Count_HandMadeSet_CountsEachCell()
    {
        // expected, predicted
        (bool, bool)[] decisions = [(true, true), (true, true), (true, true), (false, true), (true, false), (false, false), (false, false)];

        var m = ConfusionMatrix.Count(decisions, d => d.Item1, d => d.Item2);

        Assert.Equal(new ConfusionMatrix(3, 1, 1, 2), m);
        Assert.Equal(7, m.Total);
        Assert.Equal(0.75, m.Precision, 12);
        Assert.Equal(0.75, m.Recall, 12);
        Assert.Equal(0.75, m.F1, 12);
        Assert.Equal(5.0 / 7, m.Accuracy, 12);
    }

    [Fact]
    public void F1_UnequalPrecisionAndRecall_IsHarmonicMean()
    {
        var m = new ConfusionMatrix(TruePositives: 2, FalsePositives: 2, FalseNegatives: 0, TrueNegatives: 5);

        Assert.Equal(0.5, m.Precision, 12);
        Assert.Equal(1.0, m.Recall, 12);
        Assert.Equal(2 * 0.5 * 1.0 / 1.5, m.F1, 12);
    }

    [Fact]
    public void Ratios_NoPositivesAtAll_AreZeroNotNaN()
    {
        var m = new ConfusionMatrix(0, 0, 0, 10);

        Assert.Equal(0, m.Precision);
        Assert.Equal(0, m.Recall);
        Assert.Equal(0, m.F1);
        Assert.Equal(1, m.Accuracy);
        Assert.Equal(0, ConfusionMatrix.Empty.Accuracy);
    }

    [Fact]
    public void Add_TwoMatrices_SumsCells()
    {
        var sum = new ConfusionMatrix(1, 2, 3, 4) + ConfusionMatrix.Of(expected: true, predicted: false);

        Assert.Equal(new ConfusionMatrix(1, 2, 4, 4), sum);
    }

    [Theory]
    [InlineData(true, true, 1, 0, 0, 0)]
    [InlineData(false, true, 0, 1, 0, 0)]
    [InlineData(true, false, 0, 0, 1, 0)]
    [InlineData(false, false, 0, 0, 0, 1)]
    public void Of_OneDecision_LandsInItsCell(bool expected, bool predicted, int tp, int fp, int fn, int tn) =>
        Assert.Equal(new ConfusionMatrix(tp, fp, fn, tn), ConfusionMatrix.Of(expected, predicted));

    [Property]
    public bool Figures_AnyCounts_StayWithinUnitInterval(NonNegativeInt tp, NonNegativeInt fp, NonNegativeInt fn, NonNegativeInt tn)
    {
        var m = new ConfusionMatrix(tp.Get, fp.Get, fn.Get, tn.Get);
        return InUnit(m.Precision) && InUnit(m.Recall) && InUnit(m.F1) && InUnit(m.Accuracy)
            && m.F1 <= Math.Max(m.Precision, m.Recall) + 1e-12 && m.F1 >= Math.Min(m.Precision, m.Recall) - 1e-12;
    }

    [Property]
    public bool Count_AnyDecisions_TotalsTheItems(bool[] expected, bool[] predicted)
    {
        var n = Math.Min(expected.Length, predicted.Length);
        var m = ConfusionMatrix.Count(Enumerable.Range(0, n), i => expected[i], i => predicted[i]);
        return m.Total == n && InUnit(m.Precision) && InUnit(m.Recall) && InUnit(m.F1);
    }

    private static bool InUnit(double x) => x is >= 0 and <= 1 && !double.IsNaN(x);
}
