using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Tests.Cases;

/// <summary>
/// Chinese companies on the bundled lists by their registered Chinese names, in simplified and traditional characters,
/// and Chinese companies on no list: each listed one must be its OFAC entry, and no other must match.
/// </summary>
public sealed class ChineseCompanyCasesTests
{
    [Fact]
    public void Evaluate_ChineseCompaniesByTheirChineseNames_AreEachTheirOfacEntryOrNone()
    {
        const string file = "chinese_companies.tsv";
        var cases = CaseFileReader.Read(Path.Combine(TestPaths.Root, "data", "bench", "cases", file));

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, file, cases);

        Assert.Equal(32, report.Cases);
        Assert.Empty(report.UnknownExpectedIds);
        Assert.True(report.Misses.IsEmpty, string.Join("; ", report.Misses.Select(m => $"{m.Query}: {m.Explanation}")));
    }
}
