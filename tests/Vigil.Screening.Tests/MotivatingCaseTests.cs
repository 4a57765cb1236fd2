using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests;

/// <summary>The cases the product is built for, against the real bundled lists.</summary>
public sealed class MotivatingCaseTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Ex-Cle Soluciones Biometricas", null, "ofac-sdn:30421")]
    [InlineData("Ex-Cle Solciones Biometricas", null, "ofac-sdn:30421")]
    [InlineData("EXCLE CA", null, "ofac-sdn:30421")]
    [InlineData("Ex Cle Soluciones Biometricas Compañía Anónima", Schema.Organization, "ofac-sdn:30421")]
    [InlineData("Nicolás Maduro", null, "ofac-sdn:22790")]
    [InlineData("Nicolas Maduro", Schema.Person, "ofac-sdn:22790")]
    [InlineData("MADURO MOROS, Nicolas", Schema.Person, "ofac-sdn:22790")]
    public void Screen_ListedParty_RanksFirstAsMatch(string name, Schema? schema, string expected)
    {
        var hits = screener.Screen(ScreeningQuery.ForName(name, schema), 5);
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].Entity.Id);
        Assert.True(hits[0].IsMatch, $"{name}: top score {hits[0].Score:0.000} is below the threshold");
    }

    [Fact]
    public void Screen_PutinInCyrillic_FindsPutinsSdnEntry()
    {
        var hits = screener.Screen(ScreeningQuery.ForName("Владимир Путин"), 3);
        Assert.NotEmpty(hits);
        Assert.Contains("PUTIN", hits[0].Entity.PrimaryName.Full, StringComparison.Ordinal);
        Assert.Equal("ofac-sdn", hits[0].Entity.Source);
        Assert.True(hits[0].IsMatch);
    }

    [Theory]
    [InlineData("BELLETECH CORP")]
    [InlineData("Juan Guaidó")]
    [InlineData("Steve Mnuchin")]
    [InlineData("Keith Rowley")]
    [InlineData("Luis Almagro")]
    [InlineData("Trading Company")]
    [InlineData("Global Group Limited")]
    public void Screen_UnlistedParty_MatchesNothing(string name)
    {
        var hits = screener.Screen(ScreeningQuery.ForName(name), 5);
        Assert.DoesNotContain(hits, h => h.IsMatch);
    }

    [Fact]
    public void Screen_Result_ExplainsTokensAndScore()
    {
        var hit = screener.Screen(ScreeningQuery.ForName("Ex-Cle Solciones Biometricas"), 1)[0];
        Assert.Contains(hit.Explanation.Name.Tokens, t => t.QueryToken == "solciones" && t.ListedToken == "soluciones");
        Assert.NotEmpty(hit.Explanation.Name.Contributions);
        Assert.Contains("solciones~soluciones", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_DateOfBirthAgreeing_RaisesScore_AndConflicting_LowersIt()
    {
        var plain = screener.Compare(ScreeningQuery.ForName("Nicolas Maduro", Schema.Person), screener.Find("ofac-sdn:22790")!);
        var agreeing = screener.Compare(new ScreeningQuery { Name = "Nicolas Maduro", Schema = Schema.Person, BirthDate = new PartialDate(1962, 11, 23) }, screener.Find("ofac-sdn:22790")!);
        var conflicting = screener.Compare(new ScreeningQuery { Name = "Nicolas Maduro", Schema = Schema.Person, BirthDate = new PartialDate(1990) }, screener.Find("ofac-sdn:22790")!);
        Assert.True(agreeing.Score > plain.Score);
        Assert.True(conflicting.Score < plain.Score);
        Assert.Contains(agreeing.Explanation.Evidence, e => e.Feature == "date of birth" && e.Contribution > 0);
    }

    [Fact]
    public void Screen_ResultsAreSortedByScoreDescending()
    {
        var hits = screener.Screen(ScreeningQuery.ForName("Mohammad Ali"), 20);
        for (var i = 1; i < hits.Count; i++)
        {
            Assert.True(hits[i - 1].Score >= hits[i].Score);
        }
    }

    [Fact]
    public void Screen_TypeFilter_ExcludesOtherSchemasFromMatches()
    {
        var hits = screener.Screen(ScreeningQuery.ForName("Nicolas Maduro", Schema.Vessel), 5);
        Assert.DoesNotContain(hits, h => h.IsMatch && h.Entity.Schema == Schema.Person);
    }

    [Fact]
    public void BruteForce_AgreesWithIndex_OnTopResult()
    {
        foreach (var name in new[] { "Ex-Cle Soluciones Biometricas", "Nicolas Maduro", "Владимир Путин" })
        {
            var indexed = screener.Screen(ScreeningQuery.ForName(name), 1);
            var brute = screener.ScreenBruteForce(ScreeningQuery.ForName(name), 1);
            Assert.Equal(brute[0].Entity.Id, indexed[0].Entity.Id);
            Assert.Equal(brute[0].Score, indexed[0].Score, 6);
        }
    }
}
