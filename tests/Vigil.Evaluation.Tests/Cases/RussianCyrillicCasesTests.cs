using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Tests.Cases;

public sealed class RussianCyrillicCasesTests
{
    [Fact]
    public void Evaluate_SanctionedRussiansWrittenInRussian_AreEachTheirOfacEntry()
    {
        var cases = CaseFileReader.Read(Path.Combine(TestPaths.Root, "data", "bench", "cases", "russian_cyrillic.tsv"));

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, "russian_cyrillic.tsv", cases);

        Assert.Equal(41, report.Cases);
        Assert.Empty(report.UnknownExpectedIds);
        Assert.True(report.Misses.IsEmpty, string.Join("; ", report.Misses.Select(m => $"{m.Query}: {m.Explanation}")));
    }
}
