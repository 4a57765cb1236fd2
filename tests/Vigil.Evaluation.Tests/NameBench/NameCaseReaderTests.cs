using Vigil.Evaluation.Data;
using Vigil.Evaluation.NameBench;

namespace Vigil.Evaluation.Tests.NameBench;

public sealed class NameCaseReaderTests
{
    [Fact]
    public void Read_BundledCases_Reads826WithTheDocumentedGroups()
    {
        var cases = NameCaseReader.Read(TestPaths.Bench.NameCases);

        Assert.Equal(826, cases.Length);
        var groups = cases.GroupBy(c => c.Group).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(355, groups["synth_people"]);
        Assert.Equal(226, groups["nk_checks"]);
        Assert.Equal(150, groups["synth_companies"]);
        Assert.Equal(82, groups["nk_unit_tests"]);
        Assert.Equal(8, groups["cluster_align"]);
        Assert.Equal(5, groups["cust_cases"]);
        Assert.Equal(425, cases.Count(c => c.IsMatch));
        Assert.Equal(new NameCase(2, "nk_checks", "Person", "Olaf Scholze", "Olaf Scholz", true, "STRONG", string.Empty, string.Empty), cases[0]);
    }

    [Fact]
    public void Read_BundledLogicV2_Reads812Scores()
    {
        var rows = LogicV2Reader.Read(TestPaths.Bench.LogicV2);

        Assert.Equal(812, rows.Length);
        Assert.All(rows, r => Assert.InRange(r.Score, 0, 1));
        Assert.Equal("648f7137", rows[0].CaseId);
        Assert.Equal(0.9286, rows[0].Score, 6);
    }

    [Fact]
    public void Read_BadLabel_FailsNamingTheLine()
    {
        using var file = TempFile.Write("case_group,schema,name1,name2,is_match,quality,category,notes\ng,Person,A B,A B,true,,,\ng,Person,A B,C D,maybe,,,\n");
        var path = file.Path;

        var ex = Assert.Throws<BenchDataException>(() => NameCaseReader.Read(path));

        Assert.Equal(3, ex.Line);
        Assert.Contains("maybe", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownSchema_FailsNamingTheLine()
    {
        using var file = TempFile.Write("case_group,schema,name1,name2,is_match,quality,category,notes\ng,Planet,A B,A B,true,,,\n");
        var path = file.Path;

        var ex = Assert.Throws<BenchDataException>(() => NameCaseReader.Read(path));

        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Read_MissingColumn_FailsOnTheHeader()
    {
        using var file = TempFile.Write("case_group,schema,name1,is_match\ng,Person,A,true\n");
        var path = file.Path;

        var ex = Assert.Throws<BenchDataException>(() => NameCaseReader.Read(path));

        Assert.Equal(1, ex.Line);
        Assert.Contains("name2", ex.Message, StringComparison.Ordinal);
    }
}
