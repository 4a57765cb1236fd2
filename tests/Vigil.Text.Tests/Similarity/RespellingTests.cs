using Vigil.Text.Similarity;

namespace Vigil.Text.Tests.Similarity;

public sealed class RespellingTests
{
    [Theory]
    [InlineData("bank", "bank")]
    [InlineData("bnak", "bank")]
    [InlineData("eodo", "eood")]
    [InlineData("bankk", "bank")]
    [InlineData("oonity", "unity")]
    [InlineData("phorex", "forex")]
    [InlineData("eeran", "iran")]
    [InlineData("zhihad", "jihad")]
    [InlineData("yunidzhet", "unijet")]
    public void WithinOneSlip_SlipOrRespelling_True(string a, string b)
    {
        Assert.True(Respelling.WithinOneSlip(a, b));
        Assert.True(Respelling.WithinOneSlip(b, a));
    }

    [Theory]
    [InlineData("china", "sina")]
    [InlineData("romano", "raman")]
    [InlineData("hussein", "husn")]
    [InlineData("iyer", "iyari")]
    [InlineData("mehta", "miht")]
    [InlineData("abcd", "badc")]
    public void WithinOneSlip_DifferentWords_False(string a, string b)
    {
        Assert.False(Respelling.WithinOneSlip(a, b));
        Assert.False(Respelling.WithinOneSlip(b, a));
    }

    [Fact]
    public void WithinOneSlip_LongWords_SlipsOnlyNotRespelt()
    {
        var word = new string('a', 70);
        Assert.True(Respelling.WithinOneSlip(word + "b", word + "c"));
        Assert.False(Respelling.WithinOneSlip(word + "ph", word + "f"));
    }

    [Theory]
    [InlineData("eetg", "itg")]
    [InlineData("pphc", "pfc")]
    [InlineData("oode", "ude")]
    [InlineData("gaz", "gaz")]
    public void Same_RespeltAlike_True(string a, string b)
    {
        Assert.True(Respelling.Same(a, b));
        Assert.True(Respelling.Same(b, a));
    }

    // One slip apart is not the same word: a code one letter off is another code.
    [Theory]
    [InlineData("eetg", "idg")]
    [InlineData("khalil", "haleel")]
    [InlineData("gaz", "gas")]
    public void Same_OneSlipApart_False(string a, string b) => Assert.False(Respelling.Same(a, b));
}
