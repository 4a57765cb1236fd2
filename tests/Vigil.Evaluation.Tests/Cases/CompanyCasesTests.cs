using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Tests.Cases;

/// <summary>Companies' cases files: each listed company must be its OFAC entry, and no other name must match.</summary>
public sealed class CompanyCasesTests
{
    [Theory]
    // Chinese companies on the bundled lists by their registered Chinese names, in simplified and traditional
    // characters, and Chinese companies on no list.
    [InlineData("chinese_companies.tsv", 32)]

    // A trade hub or region with generic words and a legal form ("Dubai General Trading LLC", "Trading (Shenzhen)
    // Limited"): no name of its own, so no match, though listed names hold the place and a word of their own.
    [InlineData("place_companies.tsv", 895)]
    public void Evaluate_CompaniesCasesFile_EachListedOneIsItsOfacEntryAndNoOtherMatches(string file, int count)
    {
        var cases = CaseFileReader.Read(Path.Combine(TestPaths.Root, "data", "bench", "cases", file));

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, file, cases);

        Assert.Equal(count, report.Cases);
        Assert.Empty(report.UnknownExpectedIds);
        Assert.True(report.Misses.IsEmpty, string.Join("; ", report.Misses.Select(m => $"{m.Query}: {m.Explanation}")));
    }
}
