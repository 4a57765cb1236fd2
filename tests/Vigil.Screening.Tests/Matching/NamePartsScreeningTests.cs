using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Several names in one field, as customer records keep trading names, former names and joint account holders.
/// Screened as one name, the other name's words were a conflict: "Northbridge Ltd t/a Ex-Cle Soluciones
/// Biometricas" found nobody, "Nicolas Maduro / Cilia Flores" only Cilia Flores.
/// </summary>
public sealed class NamePartsScreeningTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Northbridge Ltd t/a Ex-Cle Soluciones Biometricas", "ofac-sdn:30421")]
    [InlineData("Ex-Cle Soluciones Biometricas C.A. d/b/a Excle", "ofac-sdn:30421")]
    [InlineData("John Smith f/k/a Nicolas Maduro Moros", "ofac-sdn:22790")]
    [InlineData("Nicolas Maduro (aka El Presidente)", "ofac-sdn:22790")]
    [InlineData("Nicolas MADURO (Venezuela)", "ofac-sdn:22790")]
    [InlineData("Mr and Mrs Nicolas Maduro", "ofac-sdn:22790")]
    [InlineData("Nicolas Maduro / Cilia Flores", "ofac-sdn:22790")]
    [InlineData("Nicolas Maduro / Cilia Flores", "ofac-sdn:25079")]
    [InlineData("Nicolas Maduro & Cilia Flores", "ofac-sdn:22790")]
    public void Screen_ListedPartyAmongSeveralNames_IsAMatch_SayingWhichName(string name, string id)
    {
        var hit = screener.Screen(new ScreeningQuery { Name = name }).FirstOrDefault(h => h.Entity.Id == id);
        Assert.NotNull(hit);
        Assert.True(hit.IsMatch, $"{name}: {hit.Score:0.000}");
        var part = Assert.Single(hit.Explanation.Evidence, e => e.Feature == "name part");
        Assert.Equal(0, part.Contribution);
        Assert.Contains("one of the names given together", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Iranian Ministry of Intelligence and Security S.A. de C.V.", "ofac-sdn:24650")]
    [InlineData("Movement for Unity and Jihad in West", "ofac-sdn:6366")]
    [InlineData("Maria de la Cruz & Juan Perez", "ofac-sdn:46773")]
    public void Screen_OrganisationsAndOrAmpersand_StayOneName(string name, string notHit) =>
        Assert.DoesNotContain(screener.Screen(new ScreeningQuery { Name = name }), h => h.Entity.Id == notHit && h.IsMatch);

    [Fact]
    public void Screen_OneName_KeepsItsResultsAndWork()
    {
        // A name that is one name goes the way it always did: no part, the same work.
        var hits = screener.Screen(new ScreeningQuery { Name = "Nicolas Maduro", Schema = Schema.Person }, 10, null, out var work);
        Assert.DoesNotContain(hits, h => h.Explanation.Evidence.Any(e => e.Feature == "name part"));
        screener.Screen(new ScreeningQuery { Name = "Nicolas Maduro / Cilia Flores", Schema = Schema.Person }, 10, null, out var both);
        Assert.True(both.Candidates > work.Candidates, $"{both.Candidates} <= {work.Candidates}");
    }
}
