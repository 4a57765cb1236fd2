using Vigil.Evaluation.Data;
using Vigil.Evaluation.OfacParity;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Evaluation.Tests.OfacParity;

public sealed class OfacParityTests
{
    [Fact]
    public void Read_BundledFixtures_Reads170RowsWithSixNotReturned()
    {
        var rows = OfacFixtureReader.Read(TestPaths.Bench.OfacFixtures);

        Assert.Equal(170, rows.Length);
        Assert.Equal(6, rows.Count(r => r.OfacScore is null));
        Assert.Equal(new OfacFixture(2, "VLADIMIR PUTIN", "PUTIN, Vladimir", 100), rows[0]);
    }

    [Fact]
    public void Read_ScoreOutOfRange_FailsNamingTheLine()
    {
        using var file = TempFile.Write("query_name,result_name,ofac_score\nA,B,100\nA,C,101\n");
        var path = file.Path;

        var ex = Assert.Throws<BenchDataException>(() => OfacFixtureReader.Read(path));

        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Evaluate_BundledFixtures_RelatesEveryRowAndListsOnlyWideGaps()
    {
        var report = OfacParityEvaluator.Evaluate(new Screener([]), OfacFixtureReader.Read(TestPaths.Bench.OfacFixtures));

        Assert.Equal(170, report.Rows);
        Assert.Equal(164, report.Returned);
        Assert.Equal(6, report.NotReturned.Length);
        Assert.InRange(report.Spearman, -1, 1);
        Assert.InRange(report.MeanAbsoluteDifference, 0, 100);
        Assert.All(report.Divergent, r => Assert.True(Math.Abs(r.Difference!.Value) > report.GapPoints));
        Assert.Equal(report.All.Count(r => r.Difference is { } d && Math.Abs(d) > 30), report.Divergent.Length);
        Assert.All(report.All, r => Assert.InRange(r.VigilScore, 0, 100));
        Assert.Null(report.Precision);
    }

    [Fact]
    public void Evaluate_NoLists_TypesCommaNamesAsPersons()
    {
        OfacFixture[] fixtures = [new(2, "VLADIMIR PUTIN", "PUTIN, Vladimir", 100), new(3, "GEO HIT", "GEO HIT", 72)];

        var report = OfacParityEvaluator.Evaluate(new Screener([]), fixtures);

        Assert.Equal(Schema.Person, report.All[0].ListedSchema);
        Assert.Equal(Schema.LegalEntity, report.All[1].ListedSchema);
    }
}
