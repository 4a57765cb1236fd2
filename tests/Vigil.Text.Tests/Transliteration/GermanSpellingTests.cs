using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class GermanSpellingTests
{
    [Theory]
    [InlineData("gerassimow", "gerasimov")]
    [InlineData("wjatscheslaw", "vyacheslav")]
    [InlineData("jewgeni", "yevgeni")]
    [InlineData("prigoschin", "prigoshin")]
    [InlineData("chodorkowski", "khodorkovski")]
    [InlineData("kowaltschuk", "kovalchuk")]
    [InlineData("sergej", "sergey")]
    public void WriteEnglish_RussianNameSpeltTheGermanWay_IsTheEnglishSpelling(string german, string english) =>
        Assert.Equal(english, English(german));

    [Theory]
    [InlineData("putin")]
    [InlineData("maduro")]
    [InlineData("russland")]
    public void WriteEnglish_NothingGermanToRewrite_IsNothing(string word) =>
        Assert.Null(English(word));

    private static string? English(string word)
    {
        Span<char> buffer = stackalloc char[2 * word.Length];
        var n = GermanSpelling.WriteEnglish(word, buffer);
        return n == 0 ? null : new string(buffer[..n]);
    }
}
