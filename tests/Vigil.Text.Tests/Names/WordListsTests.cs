using Vigil.Text.Names;

namespace Vigil.Text.Tests.Names;

public sealed class WordListsTests
{
    // A body word is a generic word that counts for less when left out: one that is not generic would be read as a word
    // of the name's own and never reach that rule.
    [Theory]
    [InlineData("association")]
    [InlineData("organization")]
    [InlineData("organisation")]
    [InlineData("movement")]
    [InlineData("party")]
    public void IsBody_WordForAKindOfBody_IsAGenericWordToo(string word)
    {
        Assert.True(WordLists.IsBody(word));
        Assert.True(WordLists.IsGeneric(word));
    }

    // These name a business, and one left out marks a sister company ("Deutsche Bank Trust Company").
    [Theory]
    [InlineData("trading")]
    [InlineData("trust")]
    [InlineData("fund")]
    [InlineData("bank")]
    [InlineData("technologies")]
    public void IsBody_SectorWord_IsNot(string word) => Assert.False(WordLists.IsBody(word));
}
