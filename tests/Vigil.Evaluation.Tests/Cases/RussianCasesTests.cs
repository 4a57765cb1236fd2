using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Tests.Cases;

/// <summary>Sanctioned Russians as Russian, German, French and Ukrainian write them, and listed Ukrainians: each must be its OFAC entry.</summary>
public sealed class RussianCasesTests
{
    [Theory]
    [InlineData("russian_cyrillic.tsv", 41)]
    [InlineData("russian_german_french.tsv", 78)]

    // Ukrainian press and customer files write the same people, and Ukrainians listed for Crimea and the Donbas, in
    // Ukrainian: "Патрушев Микола", "Потанін Володимир" (read the Russian way, "volodimir", it was PUTIN Vladimir).
    [InlineData("ukrainian_cyrillic.tsv", 70)]
    public void Evaluate_SanctionedRussiansWrittenOtherwise_AreEachTheirOfacEntry(string file, int count)
    {
        var cases = CaseFileReader.Read(Path.Combine(TestPaths.Root, "data", "bench", "cases", file));

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, file, cases);

        Assert.Equal(count, report.Cases);
        Assert.Empty(report.UnknownExpectedIds);
        Assert.True(report.Misses.IsEmpty, string.Join("; ", report.Misses.Select(m => $"{m.Query}: {m.Explanation}")));
    }
}
