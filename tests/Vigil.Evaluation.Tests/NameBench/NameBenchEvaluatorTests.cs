using Vigil.Evaluation.NameBench;
using Vigil.Matching.Names;

namespace Vigil.Evaluation.Tests.NameBench;

public sealed class NameBenchEvaluatorTests
{
    private static readonly NameCase[] Cases =
    [
        new(2, "people", "Person", "Olaf Scholz", "Olaf Scholz", true, "STRONG", string.Empty, string.Empty),
        new(3, "people", "Person", "Angela Merkel", "Vladimir Putin", false, "STRONG", string.Empty, string.Empty),
        new(4, "companies", "Company", "Siemens AG", "Siemens Aktiengesellschaft", true, "STRONG", string.Empty, string.Empty),
        new(5, "companies", "Company", string.Empty, "Siemens AG", true, "WEAK", string.Empty, "blank query"),
    ];

    private static readonly LogicV2Score[] LogicV2 =
    [
        new(2, "people", "a", "Person", "Olaf Scholz", "Olaf Scholz", true, 1.0),
        new(3, "people", "b", "Person", "Angela Merkel", "Vladimir Putin", false, 0.8),
    ];

    [Fact]
    public void Evaluate_SmallSet_CountsEveryCaseOnceOverallPerGroupAndPerHalf()
    {
        var report = new NameBenchEvaluator(NamePreparer.Uniform).Evaluate(Cases, LogicV2);

        Assert.Equal(4, report.Metrics.Total);
        Assert.Equal(4, report.Groups.Sum(g => g.Metrics.Total));
        Assert.Equal(["companies", "people"], report.Groups.Select(g => g.Group));
        Assert.Equal(4, report.Halves.Sum(h => h.Metrics.Total));
        Assert.Equal("uniform", report.TokenStatistics);
        Assert.Equal(report.Metrics.FalsePositives + report.Metrics.FalseNegatives, report.Misses.Length);
    }

    [Fact]
    public void Evaluate_BlankName_IsANonMatch()
    {
        var report = new NameBenchEvaluator(NamePreparer.Uniform).Evaluate(Cases, LogicV2);

        var miss = Assert.Single(report.Misses, m => m.Line == 5);
        Assert.False(miss.Got);
        Assert.Equal(0, miss.Score);
    }

    [Fact]
    public void Evaluate_LogicV2Rows_AreJoinedAndCountedAtTheirOwnThreshold()
    {
        var report = new NameBenchEvaluator(NamePreparer.Uniform).Evaluate(Cases, LogicV2, new NameBenchOptions { Threshold = 0.99 });

        Assert.Equal(2, report.LogicV2.Rows);
        Assert.Equal(2, report.LogicV2.Joined);
        Assert.Equal(0.70, report.LogicV2.Threshold);

        // logic-v2 scored the Merkel/Putin non-match 0.8: a false positive at 0.70.
        Assert.Equal(new Vigil.Evaluation.Metrics.ConfusionMatrix(1, 1, 0, 0), report.LogicV2.LogicV2);
        Assert.Equal(report.LogicV2.LogicV2, report.LogicV2.LogicV2Joined);
    }

    [Fact]
    public void Evaluate_FrozenRowRegroupedAndRelabelled_JoinsOnTheNamesAndCountsTheCurrentLabel()
    {
        LogicV2Score[] frozen = [new(2, "old_group", "x", "Company", "Siemens AG", "Siemens Aktiengesellschaft", false, 0.9)];

        var report = new NameBenchEvaluator(NamePreparer.Uniform).Evaluate(Cases, frozen);

        Assert.Equal(1, report.LogicV2.Joined);
        Assert.Equal(1, report.LogicV2.Relabelled);

        // Against its own label the frozen row is a false positive; against the current label, a true positive.
        Assert.Equal(1, report.LogicV2.LogicV2.FalsePositives);
        Assert.Equal(1, report.LogicV2.LogicV2Joined.TruePositives);
    }

    [Fact]
    public void Evaluate_WithFit_ReturnsOneWeightPerFeatureAndPasteableCode()
    {
        var cases = NameCaseReader.Read(TestPaths.Bench.NameCases);
        var report = new NameBenchEvaluator(NamePreparer.Uniform).Evaluate(cases, [], new NameBenchOptions { Fit = true });

        var fit = Assert.IsType<NameFitResult>(report.Fit);
        Assert.Equal(Matching.Scoring.NameFeatures.VectorLength, fit.Weights.Weights.Length);
        Assert.True(fit.Fit.Converged);
        Assert.Equal(413, fit.TrainingCases + fit.FixedCases);
        Assert.Equal(413, fit.HalfA.Total);
        Assert.Equal(413, fit.HalfB.Total);
        Assert.Equal(413, fit.HalfBAtBestOnA.Total);
        Assert.Equal(413, fit.BestOnA.Metrics.Total);
        Assert.Contains("public double Bias", fit.CSharp, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithoutFit_HasNoFit() =>
        Assert.Null(new NameBenchEvaluator(NamePreparer.Uniform).Evaluate(Cases, LogicV2).Fit);
}
