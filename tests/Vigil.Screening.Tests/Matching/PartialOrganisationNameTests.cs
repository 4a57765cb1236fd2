using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// A company named by one word of its own meets a listed organisation of two or three words that shares it: another
/// company as often as the same one, so it is returned for review, not as a match. Each was a match before (0.75 to 0.77).
/// </summary>
public sealed class PartialOrganisationNameTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("White Inc", "ofac-sdn:10486")] // WHITE PIGEON, an alias of the Tamil Tigers' relief organisation
    [InlineData("Sunrise", "ofac-sdn:37903")] // SUNRISE GREENLAND SDN. BHD.
    [InlineData("Pioneer", "ofac-sdn:38377")] // PIONEER SHIPMANAGEMENT PTE. LTD.
    public void Screen_OneWordOfAListedOrganisation_IsNoMatchForIt(string name, string listed)
    {
        var hits = screener.Screen(new ScreeningQuery { Name = name, Schema = Schema.Organization });
        Assert.DoesNotContain(hits, h => h.Entity.Id == listed && h.IsMatch);
    }

    // A place or a legal form left over is not a word of the name's own: the coined name alone still matches (guards:
    // they would pass under a rule counting any word left over too, the place's penalty alone not being enough to
    // undo the match).
    [Theory]
    [InlineData("Garantex", "ofac-sdn:36025")] // GARANTEX EUROPE OU
    [InlineData("Gazprom", "ofac-cons:17250")] // PUBLIC JOINT STOCK COMPANY GAZPROM
    public void Screen_CoinedWordWithAPlaceOrAForm_StillMatches(string name, string listed)
    {
        var top = screener.Screen(new ScreeningQuery { Name = name, Schema = Schema.Organization })[0];
        Assert.Equal(listed, top.Entity.Id);
        Assert.True(top.IsMatch, $"{top.Score:0.000}");
    }
}
