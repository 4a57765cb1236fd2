using Vigil.Evaluation.Cases;
using Vigil.Evaluation.CrossScript;
using Vigil.Text.Transliteration;

namespace Vigil.Evaluation.Tests.CrossScript;

public sealed class CrossScriptCasesTests
{
    [Fact]
    public void Derive_BundledLists_PairsUnOwnScriptNamesWithOfacEntities()
    {
        var cases = CrossScriptCases.Derive(SharedScreeners.Un.Entities, SharedScreeners.OtherThanUn);

        Assert.True(cases.Length >= 150, $"{cases.Length} cases");
        Assert.All(cases, c => Assert.True(LatinTransliterator.NeedsTransliteration(c.Query), c.Query));
        Assert.All(cases, c => Assert.NotNull(SharedScreeners.OtherThanUn.Find(c.ExpectedId!)));
        Assert.Contains(cases, c => c.Query == "قصي صدام حسين التكريتي" && c.ExpectedId == "ofac-sdn:7844");
    }

    [Fact]
    public void Evaluate_ArabicNameOfAnOfacParty_IsFound()
    {
        CaseRow[] cases = [new(1, "قصي صدام حسين التكريتي", Model.Schema.Person, "ofac-sdn:7844")];

        var report = CasesEvaluator.Evaluate(SharedScreeners.OtherThanUn, "cross-script", cases);

        Assert.Equal(1, report.Metrics.TruePositives);
    }
}
