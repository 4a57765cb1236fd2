using Vigil.Text.Names;

namespace Vigil.Text.Tests.Names;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("first bank intl", "first bank international")]
    [InlineData("us department of state", "united states department of state")]
    [InlineData("acme mfg dept", "acme manufacturing department")]
    [InlineData("no abbreviation here", "no abbreviation here")]
    [InlineData("leader hong kong international trading", "leader hongkong international trading")]
    [InlineData("huaxin shipping hk", "huaxin shipping hongkong")]
    [InlineData("kong hong trading", "kong hong trading")]
    [InlineData("ao kontsern okeanpribor", "ao concern okeanpribor")]
    public void Expand_KnownAbbreviations_BecomeTheirWords(string input, string expected) =>
        Assert.Equal(expected, string.Join(' ', Abbreviations.Expand(input.Split(' '))));

    [Fact]
    public void Expand_NothingToExpand_ReturnsTheSameArray()
    {
        string[] tokens = ["banco", "de", "venezuela"];
        Assert.Same(tokens, Abbreviations.Expand(tokens));
    }

    [Fact]
    public void ExpansionOf_UnknownToken_IsNull() => Assert.Null(Abbreviations.ExpansionOf("corp"));
}
