using Vigil.Screening.Text;

namespace Vigil.Screening.Tests.Text;

public sealed class CyrillicNameEndingsTests
{
    // Folded forms of declined Cyrillic names, and the nominative the lists give them.
    [Theory]
    [InlineData("putina", "putin")]
    [InlineData("putinu", "putin")]
    [InlineData("putinym", "putin")]
    [InlineData("putine", "putin")]
    [InlineData("sergeem", "sergey")]
    [InlineData("sergeya", "sergey")]
    [InlineData("sergeyu", "sergey")]
    [InlineData("dmitriya", "dmitriy")]
    [InlineData("dmitrii", "dmitriy")]
    [InlineData("igorem", "igor")]
    [InlineData("igorya", "igor")]
    [InlineData("zelenskogo", "zelenskiy")]
    [InlineData("navalnogo", "navalnyy")]
    [InlineData("zelenskim", "zelenskiy")]
    [InlineData("petrovoy", "petrova")]
    [InlineData("annu", "anna")]
    [InlineData("anny", "anna")]

    // Ukrainian: Путінові, Путіні, Ігореві, Сергієм, Марії.
    [InlineData("putinovi", "putin")]
    [InlineData("putini", "putin")]
    [InlineData("igorevi", "igor")]
    [InlineData("sergiyem", "sergiy")]
    [InlineData("mariyi", "mariya")]
    public void Nominatives_DeclinedName_IncludeTheListedForm(string declined, string nominative)
    {
        Assert.Contains(nominative, CyrillicNameEndings.Nominatives(declined));
    }

    [Fact]
    public void Nominatives_MostLikelyFirst()
    {
        // "Сергеем" is Sergey's instrumental before it is any "Serge"'s.
        Assert.Equal("sergey", CyrillicNameEndings.Nominatives("sergeem").First());
        Assert.Equal("putin", CyrillicNameEndings.Nominatives("putina").First());
    }

    [Theory]
    [InlineData("sergey")]
    [InlineData("dmitriy")]
    [InlineData("valeriy")]
    [InlineData("ivo")]
    [InlineData("ane")]
    public void Nominatives_NominativeOrTooShort_OfferNothing(string word)
    {
        // A nominative's own й is not the plural ending ы, and a stem under three letters is too short to tell.
        Assert.Empty(CyrillicNameEndings.Nominatives(word));
    }
}
