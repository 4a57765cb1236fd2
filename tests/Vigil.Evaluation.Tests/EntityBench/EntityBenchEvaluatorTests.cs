using Vigil.Evaluation.EntityBench;
using Vigil.Matching.Screening;

namespace Vigil.Evaluation.Tests.EntityBench;

public sealed class EntityBenchEvaluatorTests
{
    [Fact]
    public void Evaluate_BundledChecks_CountsEveryCheckAndReportsUnusedProperties()
    {
        var checks = EntityCheckReader.Read(TestPaths.Bench.EntityChecks);

        var report = EntityBenchEvaluator.Evaluate(new Screener([]), checks);

        Assert.Equal(228, report.Checks);
        Assert.Equal(228, report.Schemas.Sum(s => s.Metrics.Total));
        Assert.Equal(228, report.Labels.Sum(s => s.Metrics.Total));
        Assert.Equal(report.Metrics.FalsePositives + report.Metrics.FalseNegatives, report.Misses.Length);
        Assert.All(report.Misses, m => Assert.NotEqual(m.Expected, m.Got));
        Assert.Empty(report.IgnoredProperties);
        Assert.Equal("uniform", report.TokenStatistics);
    }

    [Fact]
    public void Evaluate_UnknownProperty_IsReportedWithItsCount()
    {
        const string yaml = "checks:\n  - match: true\n    schema: Person\n    query: {name: A B, hairColour: red}\n    candidate: {name: A B, hairColour: red}\n";

        var report = EntityBenchEvaluator.Evaluate(new Screener([]), EntityCheckReader.Read(new StringReader(yaml), "inline"));

        Assert.Equal(2, report.IgnoredProperties["hairColour"]);
    }
}
