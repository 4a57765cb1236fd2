using Vigil.Matching.Scoring;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Names written in Arabic script against the OFAC entries that write them in Latin letters (the cross-script set's
/// cases). Each word matched only by sound ("abrahym~ibrahim phonetic 0.86"), and a name of four such words scored
/// 0.58 to 0.69: its own person was no match. A Latin spelling that writes each letter the script writes now matches
/// as another spelling of the same name does.
/// </summary>
public sealed class ArabicScriptTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("عزت ابراهيم الدوري", "ofac-sdn:7848")] // AL-DURI, Izzat Ibrahim
    [InlineData("حكمت مزبان إبراهيم العزاوي", "ofac-sdn:7870")] // AL-AZAWI, Hikmat Mizban Ibrahim
    [InlineData("غازي حمود العبيدي", "ofac-sdn:7893")] // AL-UBAIDI, Ghazi Hammud
    [InlineData("ساجدة خير الله طلفاح", "ofac-sdn:8198")] // TILFAH, Sajida Khayrallah: two words against one
    [InlineData("محمد عمر ځدران", "ofac-sdn:16519")] // ZADRAN, Muhammad Omar: a Pashto letter
    [InlineData("علی خامنه‌ای", "ofac-sdn:26945")] // KHAMENEI, Ali Husseini: Persian's ه‌ای is -ei
    [InlineData("علی خامنه ای", "ofac-sdn:26945")] // ... typed with a space for the zero-width non-joiner
    [InlineData("غلامحسین محسنی اژه ای", "ofac-sdn:12252")] // MOHSENI-EJEI, Qolam-Hossein
    public void Compare_ListedPersonWrittenInArabicScript_IsAMatch(string name, string listed)
    {
        var entity = fixture.Lists.Lists.SelectMany(l => l.Entities).Single(e => e.Id == listed);
        var hit = screener.Compare(new ScreeningQuery { Name = name, Schema = Schema.Person }, entity);
        Assert.True(hit.IsMatch, $"{name}: {hit.Score:0.000} {hit.Explanation.Name.Summary}");
    }

    // An opening ʿayn before ṣād is a vowel too: "sba" was 0.73 like ASBAT (0.60), "asba" is written by it.
    [Fact]
    public void Compare_OrganisationOpeningWithAyinBeforeSad_IsAMatch()
    {
        var hit = screener.Compare(new ScreeningQuery { Name = "عصبة الأنصار", Schema = Schema.Organization }, screener.Find("ofac-sdn:6896")!);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000} {hit.Explanation.Name.Summary}"); // ASBAT AL-ANSAR
    }

    // في is "in", as the lists' English joins the name: read as the word "fy" it was a word of the query's own (0.65).
    [Fact]
    public void Compare_OrganisationWithArabicIn_IsAMatch()
    {
        var hit = screener.Compare(new ScreeningQuery { Name = "القاعده في العراق", Schema = Schema.Organization }, screener.Find("ofac-sdn:8759")!);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000} {hit.Explanation.Name.Summary}"); // AL-QAIDA IN IRAQ
    }

    [Fact]
    public void Compare_ArabicScriptWord_ExplainedAsTransliterated()
    {
        var entity = fixture.Lists.Lists.SelectMany(l => l.Entities).Single(e => e.Id == "ofac-sdn:7848");
        var hit = screener.Compare(new ScreeningQuery { Name = "عزت ابراهيم الدوري", Schema = Schema.Person }, entity);
        Assert.Contains(hit.Explanation.Name.Tokens, t => t.QueryToken == "abrahym" && t.ListedToken == "ibrahim" && t.How == TokenMatchKind.Transliterated);
    }

    [Theory]
    [InlineData("محمد", "MAHMOUD")] // محمود would be
    [InlineData("حسن", "HUSSEIN")] // حسين would be
    [InlineData("سارا", "SURI")] // alif within a word is a or e
    public void Compare_OtherNameOfLikeSound_NotTransliterated(string name, string listed)
    {
        var record = OwnRecord.Of(Schema.Person, listed);
        var hit = screener.Compare(new ScreeningQuery { Name = name, Schema = Schema.Person }, record);
        Assert.DoesNotContain(hit.Explanation.Name.Tokens, t => t.How == TokenMatchKind.Transliterated || t.Similarity >= TokenSimilarity.TransliteratedSimilarity);
    }

    // Two words the lists write as one, found together by their sound: حزب الله is HIZBALLAH; in a person's name only
    // Allah's, which the lists join to the word before (هدايت الله, an alias of ISHAKZAI, Gul Agha).
    [Theory]
    [InlineData("حزب الله", Schema.Organization, "ofac-sdn:4697")]
    [InlineData("هدايت الله", Schema.Person, "ofac-sdn:12127")]
    public void Screen_TwoArabicWordsTheListsJoin_FindTheListedName(string name, Schema schema, string id) =>
        Assert.Contains(screener.Screen(new ScreeningQuery { Name = name, Schema = schema }), h => h.Entity.Id == id && h.IsMatch);

    // Other words of a person's name sounded together found another person: "mhsa myn" as MASOUMIAN (0.70). The
    // index hands it to scoring no more.
    [Fact]
    public void CandidateEntityIds_PersonsOtherWordsSoundedTogether_FindNoOneElse() =>
        Assert.DoesNotContain("ofac-sdn:26583", screener.CandidateEntityIds(new ScreeningQuery { Name = "مهدي مهسا معین", Schema = Schema.Person }));
}
