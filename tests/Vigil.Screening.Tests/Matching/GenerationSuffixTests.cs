using Vigil.Matching.Names;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// "Jr.", "Senior", "III" after a person's first word tell father from son, which the lists write in some entries
/// and customer records in others. As identifying words they sank a customer's "Ramzan Kadyrov Jr" to 0.06; so did
/// honorifics the stopwords lacked ("Herr", "Sra.").
/// </summary>
public sealed class GenerationSuffixTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Ramzan Kadyrov Jr", null)]
    [InlineData("Ramzan Kadyrov Jr.", Schema.Person)]
    [InlineData("Ramzan Kadyrov Senior", Schema.Person)]
    [InlineData("Ramzan Kadyrov III", Schema.Person)]
    [InlineData("Kadyrov Snr, Ramzan", Schema.Person)]
    public void Screen_ListedPersonWithAGenerationAdded_IsAMatch(string name, Schema? schema)
    {
        var hit = screener.Screen(new ScreeningQuery { Name = name, Schema = schema }).FirstOrDefault(h => h.Entity.Id == "ofac-sdn:23343");
        Assert.NotNull(hit);
        Assert.True(hit.IsMatch, $"{name}: {hit.Score:0.000}");
    }

    [Theory]
    [InlineData("Herr Ramzan Kadyrov")]
    [InlineData("Frau Ramzan Kadyrov")]
    [InlineData("Sra. Ramzan Kadyrov")]
    [InlineData("Miss Ramzan Kadyrov")]
    public void Screen_HonorificAdded_IsAMatch(string name)
    {
        var hit = screener.Screen(new ScreeningQuery { Name = name }).FirstOrDefault(h => h.Entity.Id == "ofac-sdn:23343");
        Assert.NotNull(hit);
        Assert.True(hit.IsMatch, $"{name}: {hit.Score:0.000}");
    }

    [Fact]
    public void Screen_ListedNameWithJr_FoundWithoutIt()
    {
        var hit = screener.Screen(new ScreeningQuery { Name = "Jainal Antel Sali", Schema = Schema.Person }).FirstOrDefault(h => h.Entity.Id == "ofac-sdn:9583");
        Assert.NotNull(hit);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000}");
    }

    [Fact]
    public void Screen_FatherAndSonListedApart_BothMatchEitherName()
    {
        // KINAHAN, Christopher Vincent and KINAHAN JUNIOR, Christopher Vincent are both listed: a customer of that
        // name may be either, and only the date of birth can tell.
        var hits = screener.Screen(new ScreeningQuery { Name = "Christopher Vincent Kinahan Jr", Schema = Schema.Person }).Where(h => h.IsMatch).Select(h => h.Entity.Id);
        Assert.Equal(["ofac-sdn:34980", "ofac-sdn:34993"], hits.Order());
    }

    [Theory]
    [InlineData("KADYROV, Ramzan Jr.", Schema.Person, 2, TokenKind.Stopword)]
    [InlineData("Nicholas J. Begich III", Schema.Person, 3, TokenKind.Stopword)]
    [InlineData("Onofre Sr Aguino", null, 1, TokenKind.Stopword)]
    [InlineData("Junior Aguino", Schema.Person, 0, TokenKind.Word)]
    [InlineData("ALMACEN JUNIOR", Schema.Organization, 1, TokenKind.Word)]
    [InlineData("SEA STAR III", Schema.Vessel, 2, TokenKind.Number)]
    public void Prepare_GenerationAfterAPersonsFirstWord_WeighsAsAStopword(string name, Schema? schema, int token, TokenKind expected)
    {
        var prepared = screener.PrepareQuery(new ScreeningQuery { Name = name, Schema = schema });
        Assert.Equal(expected, prepared.Kinds[token]);
    }
}
