using Vigil.Matching.Names;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Titles that open a person's name in customer records ("Sr.", "Ing.", "Lic.", "Capt.", "Ayatollah") were identifying
/// words, a conflict with every listed name: "Sr. Nicolas Maduro" found nobody at all.
/// </summary>
public sealed class OpeningTitleTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Sr. Nicolas Maduro", null)]
    [InlineData("Señor Nicolás Maduro", null)]
    [InlineData("Ing. Nicolas Maduro", Schema.Person)]
    [InlineData("Lic. Nicolas Maduro", null)]
    [InlineData("Capt. Nicolas Maduro", null)]
    [InlineData("Sr. Ing. Nicolas Maduro Moros", Schema.Person)]
    public void Screen_ListedPersonWithATitle_IsAMatch(string name, Schema? schema)
    {
        var hit = screener.Screen(new ScreeningQuery { Name = name, Schema = schema }).FirstOrDefault(h => h.Entity.Id == "ofac-sdn:22790");
        Assert.NotNull(hit);
        Assert.True(hit.IsMatch, $"{name}: {hit.Score:0.000}");
    }

    [Theory]
    [InlineData("Sr. Nicolas Maduro", null, TokenKind.Stopword)]
    [InlineData("Capt Ivan Petrov", Schema.Person, TokenKind.Stopword)]

    // Fewer than two words after it, it may be the name itself; an organisation's name keeps its first word.
    [InlineData("ING Bank", null, TokenKind.Word)]
    [InlineData("Major Lopez", Schema.Person, TokenKind.Word)]
    [InlineData("Capt Ivan Petrov", Schema.Organization, TokenKind.Word)]
    [InlineData("Imam Khomeini Shazand Oil Refining Company", null, TokenKind.Word)]
    public void Prepare_TitleOpeningAName_WeighsAsAStopwordOnlyBeforeAPersonsName(string name, Schema? schema, TokenKind expected)
    {
        var prepared = screener.PrepareQuery(new ScreeningQuery { Name = name, Schema = schema });
        Assert.Equal(expected, prepared.Kinds[0]);
    }

    [Fact]
    public void Screen_ListedOrganisationOpeningWithATitleWord_StillMatchesItsName()
    {
        var hit = screener.Screen(new ScreeningQuery { Name = "Imam Khomeini Shazand Oil Refining Company" })[0];
        Assert.True(hit.IsMatch && hit.Score > 0.9, $"{hit.Entity.Id} {hit.Score:0.000}");
    }

    // A person's honorific says the name of unknown type is a person's: a one-word listed tanker was its best match.
    [Theory]
    [InlineData("Mr Snow", "ofac-sdn:15089")] // the tanker SNOW, 0.97 without the honorific read
    [InlineData("Sheikh Hasina", "ofac-sdn:15053")] // the tanker HASNA, 0.86
    public void Screen_HonorificOpensANameOfUnknownType_NoVesselMatches(string name, string vessel)
    {
        var hits = screener.Screen(new ScreeningQuery { Name = name });

        Assert.DoesNotContain(hits, h => h.Entity.Id == vessel && h.IsMatch);
        Assert.All(hits, h => Assert.Equal("type from honorific", h.Explanation.Evidence[0].Feature));
    }

    [Fact]
    public void Screen_HonorificOpeningAnOrganisationsName_KeepsItsType()
    {
        var top = screener.Screen(new ScreeningQuery { Name = "Haji Khairullah Haji Sattar Money Exchange" })[0];

        Assert.Equal(Schema.Organization, top.Entity.Schema);
        Assert.True(top.IsMatch, $"{top.Score:0.000}");
        Assert.DoesNotContain(top.Explanation.Evidence, e => e.Feature == "type from honorific");
    }
}
