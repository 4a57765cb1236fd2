using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Tests.Cases;

/// <summary>The bundled cases files (data/bench/cases): each listed party must be its OFAC entry, and no other name must match.</summary>
public sealed class CasesFilesTests
{
    [Theory]
    // Sanctioned Russians as Russian, German, French and Ukrainian write them, and listed Ukrainians.
    [InlineData("russian_cyrillic.tsv", 41)]
    [InlineData("russian_german_french.tsv", 78)]

    // Ukrainian press and customer files write the same people, and Ukrainians listed for Crimea and the Donbas, in
    // Ukrainian: "Патрушев Микола", "Потанін Володимир" (read the Russian way, "volodimir", it was PUTIN Vladimir).
    [InlineData("ukrainian_cyrillic.tsv", 70)]

    // Chinese companies on the bundled lists by their registered Chinese names, in simplified and traditional
    // characters, and Chinese companies on no list.
    [InlineData("chinese_companies.tsv", 32)]

    // North Koreans with their family names as the South writes them ("Lee" for RI, "Park" for PAK), and South
    // Koreans on no list ("Son Heung-min" is not SON, Min; "Gong Yoo" not DU, Yu Rong).
    [InlineData("korean_romanisations.tsv", 99)]

    // A trade hub or region with generic words and a legal form ("Dubai General Trading LLC", "Trading (Shenzhen)
    // Limited"): no name of its own, so no match, though listed names hold the place and a word of their own.
    [InlineData("place_companies.tsv", 895)]
    public void Evaluate_BundledCasesFile_EachListedPartyIsItsOfacEntryAndNoOtherMatches(string file, int count)
    {
        var cases = CaseFileReader.Read(Path.Combine(TestPaths.Root, "data", "bench", "cases", file));

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, file, cases);

        Assert.Equal(count, report.Cases);
        Assert.Empty(report.UnknownExpectedIds);
        Assert.True(report.Misses.IsEmpty, string.Join("; ", report.Misses.Select(m => $"{m.Query}: {m.Explanation}")));
    }
}
