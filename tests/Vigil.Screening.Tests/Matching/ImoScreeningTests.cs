using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// A vessel by its IMO number. "MV ADRIAN DARYA 1 IMO 9116412", as payment and trade documents describe the tanker
/// (listed as ADRIAN DARYA 1, IMO 9116412, formerly GRACE 1), and "IMO 9116412" alone found nothing.
/// </summary>
public sealed class ImoScreeningTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private const string AdrianDarya = "ofac-sdn:27304";
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("MV ADRIAN DARYA 1 IMO 9116412")]
    [InlineData("IMO 9116412")]
    [InlineData("M/T Blue Horizon, IMO No. 9116412")]
    public void Screen_ImoNumberInTheName_FindsTheVessel(string name)
    {
        var hit = screener.Screen(new ScreeningQuery { Name = name })[0];
        Assert.Equal(AdrianDarya, hit.Entity.Id);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000}");
        Assert.Contains(hit.Explanation.Evidence, e => e.Feature == "identifier" && e.Contribution > 0);
    }

    [Fact]
    public void Screen_RenamedVesselGivenWithItsImoNumber_ScoresAsTheIdentifierAlone()
    {
        // A batch row's imo column, under a name the lists never had.
        var query = new ScreeningQuery { Name = "Ocean Pearl", Schema = Schema.Vessel, Identifiers = [new Identifier(IdentifierType.Imo, "9116412")] };
        var hit = Assert.Single(screener.Screen(query), h => h.Entity.Id == AdrianDarya);
        Assert.True(hit.IsMatch);
        Assert.Equal(0.982, hit.Score, 3);
        Assert.Contains(hit.Explanation.Evidence, e => e.Feature == "identifier decides");
    }

    [Fact]
    public void Screen_ImoNumberWithABadCheckDigit_IsNoIdentifier() =>
        Assert.DoesNotContain(screener.Screen(new ScreeningQuery { Name = "IMO 9116413" }), h => h.Entity.Id == AdrianDarya);
}
