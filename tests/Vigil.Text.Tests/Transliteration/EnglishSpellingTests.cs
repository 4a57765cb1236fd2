using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class EnglishSpellingTests
{
    [Theory]
    [InlineData("gerassimow", "gerasimov")]
    [InlineData("wjatscheslaw", "vyacheslav")]
    [InlineData("jewgeni", "yevgeni")]
    [InlineData("prigoschin", "prigoshin")]
    [InlineData("chodorkowski", "khodorkovski")]
    [InlineData("kowaltschuk", "kovalchuk")]
    [InlineData("sergej", "sergey")]
    public void FromGerman_RussianNameSpeltTheGermanWay_IsTheEnglishSpelling(string german, string english) =>
        Assert.Equal(english, Rewrite(EnglishSpelling.FromGerman, german));

    [Theory]
    [InlineData("poutine", "putin")]
    [InlineData("choigou", "shoigu")]
    [InlineData("prigojine", "prigozhin")]
    [InlineData("evgueni", "evgeni")]
    [InlineData("kovaltchouk", "kovalchuk")]
    [InlineData("guerassimov", "gerasimov")]
    [InlineData("outkine", "utkin")]
    public void FromFrench_RussianNameSpeltTheFrenchWay_IsTheEnglishSpelling(string french, string english) =>
        Assert.Equal(english, Rewrite(EnglishSpelling.FromFrench, french));

    [Theory]
    [InlineData("putin")]
    [InlineData("maduro")]
    [InlineData("russland")]
    public void FromGerman_NothingGermanToRewrite_IsNothing(string word) =>
        Assert.Null(Rewrite(EnglishSpelling.FromGerman, word));

    [Theory]
    [InlineData("maduro")]
    [InlineData("peskov")]
    public void FromFrench_NothingFrenchToRewrite_IsNothing(string word) =>
        Assert.Null(Rewrite(EnglishSpelling.FromFrench, word));

    private delegate int Rewriter(ReadOnlySpan<char> word, Span<char> destination);

    private static string? Rewrite(Rewriter rewrite, string word)
    {
        Span<char> buffer = stackalloc char[2 * word.Length];
        var n = rewrite(word, buffer);
        return n == 0 ? null : new string(buffer[..n]);
    }
}
