using Vigil.Screening.Text;

namespace Vigil.Screening.Tests.Text;

public sealed class RussianNameEndingsTests
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
    public void Nominatives_DeclinedName_IncludeTheListedForm(string declined, string nominative)
    {
        Assert.Contains(nominative, RussianNameEndings.Nominatives(declined));
    }

    [Fact]
    public void Nominatives_MostLikelyFirst()
    {
        // "Сергеем" is Sergey's instrumental before it is any "Serge"'s.
        Assert.Equal("sergey", RussianNameEndings.Nominatives("sergeem").First());
        Assert.Equal("putin", RussianNameEndings.Nominatives("putina").First());
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
        Assert.Empty(RussianNameEndings.Nominatives(word));
    }
}
