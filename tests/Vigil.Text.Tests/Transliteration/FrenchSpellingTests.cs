using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class FrenchSpellingTests
{
    [Theory]
    [InlineData("poutine", "putin")]
    [InlineData("choigou", "shoigu")]
    [InlineData("prigojine", "prigozhin")]
    [InlineData("evgueni", "evgeni")]
    [InlineData("kovaltchouk", "kovalchuk")]
    [InlineData("guerassimov", "gerasimov")]
    [InlineData("outkine", "utkin")]
    public void WriteEnglish_RussianNameSpeltTheFrenchWay_IsTheEnglishSpelling(string french, string english) =>
        Assert.Equal(english, English(french));

    [Theory]
    [InlineData("maduro")]
    [InlineData("peskov")]
    public void WriteEnglish_NothingFrenchToRewrite_IsNothing(string word) =>
        Assert.Null(English(word));

    private static string? English(string word)
    {
        Span<char> buffer = stackalloc char[2 * word.Length];
        var n = FrenchSpelling.WriteEnglish(word, buffer);
        return n == 0 ? null : new string(buffer[..n]);
    }
}
