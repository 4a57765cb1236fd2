using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Tests.Cases;

/// <summary>Sanctioned Russians as Russian, German and French write them: each must be its OFAC entry.</summary>
public sealed class RussianCasesTests
{
    [Theory]
    [InlineData("russian_cyrillic.tsv", 41)]
    [InlineData("russian_german_french.tsv", 78)]
    public void Evaluate_SanctionedRussiansWrittenOtherwise_AreEachTheirOfacEntry(string file, int count)
    {
        var cases = CaseFileReader.Read(Path.Combine(TestPaths.Root, "data", "bench", "cases", file));

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, file, cases);

        Assert.Equal(count, report.Cases);
        Assert.Empty(report.UnknownExpectedIds);
        Assert.True(report.Misses.IsEmpty, string.Join("; ", report.Misses.Select(m => $"{m.Query}: {m.Explanation}")));
    }
}
