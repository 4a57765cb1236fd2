using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Tests.Cases;

public sealed class RussianGermanFrenchCasesTests
{
    [Fact]
    public void Evaluate_SanctionedRussiansAsGermanAndFrenchSpellThem_AreEachTheirOfacEntry()
    {
        var cases = CaseFileReader.Read(Path.Combine(TestPaths.Root, "data", "bench", "cases", "russian_german_french.tsv"));

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, "russian_german_french.tsv", cases);

        Assert.Equal(78, report.Cases);
        Assert.Empty(report.UnknownExpectedIds);
        Assert.True(report.Misses.IsEmpty, string.Join("; ", report.Misses.Select(m => $"{m.Query}: {m.Explanation}")));
    }
}
