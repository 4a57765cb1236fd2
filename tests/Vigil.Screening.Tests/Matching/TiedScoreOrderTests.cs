using Vigil.Matching.Screening;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// An organisation's name scores alike in either word order and with a legal form more or less: of two hits with one
/// score, the listed name written as the query writes it comes first, whatever the entities' ids; then the name that
/// leaves fewer words without a partner.
/// </summary>
public sealed class TiedScoreOrderTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Bank Melli Iran", "ofac-sdn:25578", "ofac-sdn:25419")]
    [InlineData("Bank Melli", "ofac-sdn:25578", "ofac-sdn:25420")]
    [InlineData("Bank Melli Iran ZAO", "ofac-sdn:25419", "ofac-sdn:25578")]
    public void Screen_TiedScores_TheNameWrittenAsQueriedFirst(string name, string written, string other)
    {
        var hits = screener.Screen(ScreeningQuery.ForName(name));

        // BANK MELLI IRAN (and its alias BANK MELLI) against MB BANK's alias BANK MELLI IRAN ZAO and MELLI BANK PLC.
        Assert.Equal(hits[0].Score, hits[1].Score);
        Assert.Equal([written, other], hits.Take(2).Select(h => h.Entity.Id));
        Assert.True(hits[0].Explanation.Name.WrittenAsQueried);
        Assert.False(hits[1].Explanation.Name.WrittenAsQueried);
    }

    [Fact]
    public void Screen_TiedScores_TheNameHoldingTheRepeatedWordFirst()
    {
        // The son's OFAC entry holds "Ibrahim" twice, as the query does; his father's once (a repeated word counts softly).
        var hits = screener.Screen(ScreeningQuery.ForName("Ibrahim Sabawi Ibrahim Hassan al-Tikriti", Model.Schema.Person));
        var son = hits.Single(h => h.Entity.Id == "ofac-sdn:9332");
        var father = hits.Single(h => h.Entity.Id == "ofac-sdn:7878");

        Assert.Equal(son.Score, father.Score);
        Assert.True(hits.ToList().IndexOf(son) < hits.ToList().IndexOf(father), string.Join(", ", hits.Select(h => h.Entity.Id)));
    }
}
