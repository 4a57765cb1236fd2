using Vigil.Evaluation.Candidates;

namespace Vigil.Evaluation.Tests.Candidates;

public sealed class UnRecallEvaluatorTests
{
    [Fact]
    public void Evaluate_BundledUnList_UntreatedRecallAtOneIsAtLeastNinetyPercent()
    {
        var treated = CandidateReader.Read(TestPaths.Bench.UnTreated);
        var untreated = CandidateReader.Read(TestPaths.Bench.UnUntreated);
        var mapping = UnExpectedMapping.Read(TestPaths.Bench.UnExpected);

        var report = UnRecallEvaluator.Evaluate(SharedScreeners.Un, treated, untreated, mapping);

        var file = report.Files.Single(f => f.File == "positives_un_untreated.csv");

        // Sanity, not a quality figure: listed persons queried by their listed names must come back first.
        Assert.True(file.RecallAt1 >= 0.9, $"recall@1 on the untreated file is {file.RecallAt1:0.000}");
        Assert.Equal(683, file.Rows);
        Assert.Equal(mapping.Count(m => m.ExpectedId is null), file.Excluded);
        Assert.Equal(file.Evaluated, file.Metrics.TruePositives + file.Metrics.FalseNegatives);
        Assert.Equal(file.Metrics.FalseNegatives, file.Misses.Length);
        Assert.Equal(683, report.CorrespondingRows);
        Assert.InRange(file.CandidateRecall, file.RecallAt1, 1);
    }
}
