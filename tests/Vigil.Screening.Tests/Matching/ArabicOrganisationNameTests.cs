using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Organisations' names in Arabic script against the SDN list's English names (the cross-script set's cases):
/// الجماعة الإسلامية المقاتلة الليبية is LIBYAN ISLAMIC FIGHTING GROUP, and spelt letter by letter it shared no word
/// with it (score 0.0001). Screening reads the name a second time with its known words in English and keeps each
/// entity's better hit, saying which reading found it.
/// </summary>
public sealed class ArabicOrganisationNameTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private const string ReadInEnglish = "read in English";
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("الجماعة الاسلامية المقاتلة الليبية", Schema.Organization, "ofac-sdn:6898")] // LIBYAN ISLAMIC FIGHTING GROUP
    [InlineData("الجماعة الاسلامية المسلحة", Schema.Organization, "ofac-sdn:4690")] // ARMED ISLAMIC GROUP
    [InlineData("الجماعة الاسلامية المغربية المقاتلة", Schema.Organization, "ofac-sdn:7324")] // MOROCCAN ISLAMIC COMBATANT GROUP: fighting ~ combatant
    [InlineData("الجهاد الاسلامي المصري", Schema.Organization, "ofac-sdn:6366")] // EGYPTIAN ISLAMIC JIHAD, an alias of AL QA'IDA
    [InlineData("شبکه حقانی", null, "ofac-sdn:15484")] // HAQQANI NETWORK, in Persian letters, type unknown
    [InlineData("شبكة محمد جمال", null, "ofac-sdn:16278")] // MUHAMMAD JAMAL NETWORK
    public void Screen_OrganisationNamedInArabic_MatchesItsEnglishName(string name, Schema? schema, string listed)
    {
        var hits = screener.Screen(new ScreeningQuery { Name = name, Schema = schema });
        var hit = hits.FirstOrDefault(h => h.Entity.Id == listed);
        Assert.NotNull(hit);
        Assert.True(hit.IsMatch, $"{name}: {hit.Score:0.000} {hit.Explanation.Name.Summary}");
        Assert.Contains(hit.Explanation.Evidence, e => e.Feature == ReadInEnglish);

        // Compare reads the name as screening does, to the same score and explanation.
        var compared = screener.Compare(new ScreeningQuery { Name = name, Schema = schema }, hit.Entity);
        Assert.Equal(hit.Score, compared.Score, 9);
        Assert.Contains(compared.Explanation.Evidence, e => e.Feature == ReadInEnglish);
    }

    [Fact]
    public void Screen_PersonsNameWithANationalityWord_IsNotReadInEnglish()
    {
        // المصري, "the Egyptian", is a family name: neither a person's name nor one of unknown type is read so.
        foreach (var schema in new Schema?[] { Schema.Person, null })
        {
            var hits = screener.Screen(new ScreeningQuery { Name = "أبو محمد المصري", Schema = schema });
            Assert.DoesNotContain(hits, h => h.Explanation.Evidence.Any(e => e.Feature == ReadInEnglish));
        }
    }

    [Fact]
    public void CandidateEntityIds_IncludeThoseOfTheReadingInEnglish() =>
        Assert.Contains("ofac-sdn:6898", screener.CandidateEntityIds(new ScreeningQuery { Name = "الجماعة الاسلامية المقاتلة الليبية", Schema = Schema.Organization }));
}
