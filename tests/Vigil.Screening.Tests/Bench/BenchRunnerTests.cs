using Vigil.Screening.Bench;

namespace Vigil.Screening.Tests.Bench;

/// <summary>The bench end to end on a small synthetic file: shapes and counts only, never timings.</summary>
public sealed class BenchRunnerTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    [Fact]
    public async Task RunAsync_SmallRun_ReportsEveryFigure()
    {
        var options = new BenchOptions { Customers = 300, WarmupQueries = 20, BruteForceSample = 5, Scales = [1], ScaleQueries = 20, TokenCountQueries = 5, ColdStartRuns = 0 };
        var stages = new List<string>();
        var report = await new BenchRunner(options).RunAsync(fixture.Lists, new Progress(stages));

        Assert.Equal((300, 30, 42), (report.Customers, report.ListedCustomers, report.Seed));
        Assert.Equal(300, report.SingleQuery.Count);
        Assert.Equal(3, report.SingleQueryPasses.Length);
        Assert.All(report.SingleQueryPasses, p => Assert.Equal(300, p.Count));
        Assert.Equal(300, report.SameQueryAgain.Count);
        Assert.Equal(300, report.Batch.Rows);
        Assert.Equal(30, report.Recall.Overall.Queries);
        Assert.Equal(30, report.Recall.ByPerturbation.Sum(r => r.Queries));
        Assert.InRange(report.Recall.Overall.CandidateRecall, 0, 1);
        Assert.True(report.Recall.Overall.EndToEndRecall <= report.Recall.Overall.CandidateRecall);
        Assert.Equal(5, report.BruteForce.Sample);
        Assert.Equal(Enumerable.Range(1, 8), report.ByTokenCount.Select(t => t.Tokens));
        Assert.All(report.ByTokenCount.Select(t => t.Work).Append(report.SingleQueryWork), w => Assert.InRange(w.Aligned, 0, w.Candidates));
        Assert.True(report.SingleQueryWork.Candidates > 0 && report.SingleQueryWork.TokensCompared > 0);
        var scale = Assert.Single(report.Scaling);
        Assert.Equal((1, fixture.Lists.Screener.NameCount), (scale.Scale, scale.Names));
        Assert.True(scale.Work.Candidates > 0);
        Assert.Null(report.ColdStart);
        Assert.Equal(6, report.Targets.Length);
        Assert.Null(report.Targets.Single(t => t.Measure.Contains("vigil screen", StringComparison.Ordinal)).Met);
        Assert.NotEmpty(stages);
        Assert.Contains("\"candidateRecall\"", BenchJson.Serialize(report), StringComparison.Ordinal);
        Assert.Contains("\"tokensCompared\"", BenchJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OnePass_TheMedianIsThatPass()
    {
        var options = new BenchOptions { Customers = 100, WarmupQueries = 10, LatencyPasses = 1, BruteForceSample = 2, Scales = [], TokenCountQueries = 2, ColdStartRuns = 0 };
        var report = await new BenchRunner(options).RunAsync(fixture.Lists);

        Assert.Equal(report.SingleQuery, Assert.Single(report.SingleQueryPasses));
    }

    /// <summary>A query's latency is the middle of its timings, whichever pass each came from (of two, the lower).</summary>
    [Fact]
    public void MedianOfPasses_EachQuerysMiddleTiming()
    {
        Assert.Equal([4L, 2, 8], BenchRunner.MedianOfPasses([[5, 1, 9], [3, 2, 8], [4, 7, 1]]));
        Assert.Equal([3L, 1], BenchRunner.MedianOfPasses([[5, 1], [3, 2]]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    public void Options_PassesOutOfRange_Throw(int passes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BenchOptions { LatencyPasses = passes }.Validate());

    private sealed class Progress(List<string> stages) : IProgress<string>
    {
        public void Report(string value) => stages.Add(value);
    }
}
