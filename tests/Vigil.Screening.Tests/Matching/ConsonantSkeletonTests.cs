using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// A word without vowels matches a vowelled one by sound alone only when it was read from a script that leaves short
/// vowels unwritten (Arabic "فرناندو بيريز" = "frnandw byryz"): a Latin word without vowels is an acronym, and its
/// consonants sounded out matched unrelated names ("Luca" / "LKCK" 0.816, "Weber" / "VBRR").
/// </summary>
public sealed class ConsonantSkeletonTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Luca", "ofac-sdn:7756")] // LKCK, National Movement for the Liberation of Kosovo
    [InlineData("Weber", "ofac-sdn:45810")] // VBRR
    public void Screen_NameSoundingLikeAListedAcronym_IsNoHit(string name, string acronym) =>
        Assert.DoesNotContain(screener.Screen(new ScreeningQuery { Name = name }), h => h.Entity.Id == acronym);

    [Fact]
    public void Compare_NameReadFromArabicScript_StillMatchesItsVowelledSpelling()
    {
        var record = OwnRecord.Of(Schema.Person, "PEREZ, Fernando");
        var hit = screener.Compare(new ScreeningQuery { Name = "فرناندو بيريز", Schema = Schema.Person }, record);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000}");
    }
}
