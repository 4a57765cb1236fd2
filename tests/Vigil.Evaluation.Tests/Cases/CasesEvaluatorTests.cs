using Vigil.Evaluation.Cases;
using Vigil.Evaluation.Metrics;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Evaluation.Tests.Cases;

public sealed class CasesEvaluatorTests
{
    private static readonly Screener Screener = new(
    [
        new ListSnapshot("test", "Test list", null, "memory", "0", [
            SanctionsEntity.Create("test", "1", Schema.Person, [new EntityName("Zebulon Quaxworth")]),
            SanctionsEntity.Create("test", "2", Schema.Organization, [new EntityName("Vantablack Orchid Holdings")]),
        ]),
    ]);

    [Theory]
    [InlineData("test:1", "test:1", 1, 0, 0, 0)]
    [InlineData("test:1", "test:2", 0, 1, 1, 0)]
    [InlineData("test:1", null, 0, 0, 1, 0)]
    [InlineData(null, null, 0, 0, 0, 1)]
    [InlineData(null, "test:2", 0, 1, 0, 0)]
    public void Classify_ExpectationAndTopMatch_CountsAsDocumented(string? expected, string? top, int tp, int fp, int fn, int tn) =>
        Assert.Equal(new ConfusionMatrix(tp, fp, fn, tn), CasesEvaluator.Classify(expected, top));

    [Fact]
    public void Evaluate_HandMadeFile_CountsHitsMissesAndUnknownIds()
    {
        const string tsv = "query\tschema\texpected\n"
            + "Zebulon Quaxworth\tPerson\ttest:1\n"      // the listed name itself: TP
            + "Vantablack Orchid Holdings\tAny\ttest:1\n" // the other entity on top: FP and FN
            + "Ingrid Hallvardsen\tPerson\tNONE\n"         // nothing alike is listed: TN
            + "Zebulon Quaxworth\tPerson\tNONE\n"          // a listed name marked NONE: FP
            + "Someone Else\tAny\ttest:999\n";             // an id not loaded: FN, reported
        var cases = CaseFileReader.Read(new StringReader(tsv), "cases.tsv");

        // A threshold of 0.5 keeps the test about the runner's bookkeeping, not about where the matcher's scores sit.
        var report = CasesEvaluator.Evaluate(Screener, "cases.tsv", cases, threshold: 0.5);

        Assert.Equal(5, report.Cases);
        Assert.Equal(new ConfusionMatrix(1, 2, 2, 1), report.Metrics);
        Assert.Equal(["test:999"], report.UnknownExpectedIds.ToArray());
        Assert.Equal([3, 5, 6], report.Misses.Select(m => m.Line));
        Assert.Equal("test:2", report.Misses[0].GotId);
        Assert.Contains("not in the loaded lists", report.Misses[2].Explanation, StringComparison.Ordinal);
        Assert.Equal(["Any", "Person"], report.Schemas.Select(s => s.Group));

        // Of the two cases expecting a loaded entity, the index hands it to scoring for the listed name only.
        Assert.Equal(0.5, report.CandidateRecall);
    }
}
