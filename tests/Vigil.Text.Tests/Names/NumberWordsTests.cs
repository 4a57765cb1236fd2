using Vigil.Text.Names;

namespace Vigil.Text.Tests.Names;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("brigade forty four", "brigade 44")]
    [InlineData("1st international bank", "1 international bank")]
    [InlineData("first international bank", "1 international bank")]
    [InlineData("three percenters", "3 percenters")]
    [InlineData("brigade forty 4", "brigade 44")]
    [InlineData("no numbers here", "no numbers here")]
    public void Rewrite_SpeltNumbers_BecomeDigits(string input, string expected) =>
        Assert.Equal(expected, string.Join(' ', NumberWords.Rewrite(input.Split(' '))));

    [Theory]
    [InlineData("blackstone partners iv", "blackstone partners 4")]
    [InlineData("citigroup capital trust ii", "citigroup capital trust 2")]
    [InlineData("bain capital fund xi lp", "bain capital fund 11 lp")]
    [InlineData("kkr fund xxxix", "kkr fund 39")]
    [InlineData("partners v", "partners 5")]
    [InlineData("xi holdings", "xi holdings")]
    [InlineData("a v x trading", "a v x trading")]
    [InlineData("fund iiii", "fund iiii")]
    [InlineData("fund vx", "fund vx")]
    [InlineData("agusta grand i llc", "agusta grand 1 llc")]
    [InlineData("rim group investments i corp", "rim group investments 1 corp")]
    [InlineData("vladimir v putin", "vladimir v putin")]
    [InlineData("jsc v tikhomirov scientific research institute", "jsc v tikhomirov scientific research institute")]
    [InlineData("zavod ulgerodnykh i kompozitsionnykh materialov", "zavod ulgerodnykh i kompozitsionnykh materialov")]
    [InlineData("war ii museum", "war 2 museum")]
    public void RewriteRomanNumerals_SeriesNumerals_BecomeDigits(string input, string expected) =>
        Assert.Equal(expected, string.Join(' ', NumberWords.RewriteRomanNumerals(input.Split(' '))));

    [Fact]
    public void AreVariants_Nicknames_AreLinked()
    {
        Assert.True(NameVariants.AreVariants("ted", "theodore"));
        Assert.True(NameVariants.AreVariants("juan", "john"));
        Assert.False(NameVariants.AreVariants("juan", "nicolas"));
        Assert.True(NameVariants.AreVariants("abd", "abdul"));
    }
}
