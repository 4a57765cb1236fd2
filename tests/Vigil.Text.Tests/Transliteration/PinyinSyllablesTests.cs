using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class PinyinSyllablesTests
{
    [Theory]
    [InlineData("zhang", true)]
    [InlineData("xi", true)]
    [InlineData("chen", true)]
    [InlineData("lue", true)] // lüe, folded
    [InlineData("hsi", false)] // Wade-Giles
    [InlineData("myong", false)] // Korean
    [InlineData("fangwei", false)] // two syllables
    [InlineData("Zhang", false)] // words are folded before they are looked up
    public void Contains_OneTonelessSyllable(string word, bool expected) => Assert.Equal(expected, PinyinSyllables.Contains(word));

    [Fact]
    public void All_HoldsTheSyllablesOfStandardMandarin() => Assert.InRange(PinyinSyllables.All.Count, 400, 420);
}
