using Vigil.Matching.Screening;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Listed names the index once failed to hand to scoring (the bench's candidate-recall misses), and the two-letter
/// acronyms that made unrelated companies match, on the bundled lists.
/// </summary>
public sealed class CandidateRecallTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("MXOFTTECH", "ofac-sdn:30524")] // listed MKSOFTTECH: x for ks inside a word
    [InlineData("CUBAEKSPORT", "ofac-sdn:591")] // listed CUBAEXPORT: the other way round
    [InlineData("YK-AÑD", "ofac-sdn:15741")] // aircraft YK-AND: "YK" reads as a legal form, "AND" as a stopword
    [InlineData("YK-AND", "ofac-sdn:15741")]
    public void Screen_SpellingTheIndexOnceMissed_FindsTheListedParty(string name, string expected)
    {
        var query = new ScreeningQuery { Name = name };
        Assert.Contains(expected, screener.CandidateEntityIds(query));
        var hits = screener.Screen(query);
        Assert.NotEmpty(hits);
        var top = hits[0];
        Assert.Equal(expected, top.Entity.Id);
        Assert.True(top.IsMatch, $"{name}: {top.Score:0.000}");
    }

    [Theory]
    [InlineData("Medical Pioneer", "ofac-sdn:47692")] // MP LIMITED LIABILITY COMPANY
    [InlineData("Martin Vanguard Ltd", "ofac-sdn:45068")] // LIMITED LIABILITY COMPANY MV
    [InlineData("Delta Meridian PLC", "ofac-sdn:42022")] // LIMITED LIABILITY COMPANY DM
    public void Screen_InitialsOfATwoLetterListedName_IsNoMatch(string name, string twoLetterName) =>
        Assert.DoesNotContain(screener.Screen(new ScreeningQuery { Name = name }), h => h.IsMatch && h.Entity.Id == twoLetterName);

    [Fact]
    public void Screen_ListedTwoLetterName_MatchesOnlyItself()
    {
        var hits = screener.Screen(new ScreeningQuery { Name = "LIMITED LIABILITY COMPANY DM" });
        Assert.Equal(["ofac-sdn:42022"], hits.Where(h => h.IsMatch).Select(h => h.Entity.Id));
    }
}
