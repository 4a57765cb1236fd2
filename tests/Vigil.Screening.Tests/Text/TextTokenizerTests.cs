using FsCheck.Xunit;
using Vigil.Screening.Text;

namespace Vigil.Screening.Tests.Text;

public sealed class TextTokenizerTests
{
    [Fact]
    public void Tokenise_Words_KeepOffsetsIntoTheOriginal()
    {
        const string text = "Nicolás Maduro, in Caracas.";
        var tokens = TextTokenizer.Tokenise(text);

        Assert.Equal(["nicolas", "maduro", "in", "caracas"], tokens.Select(t => t.Folded));
        Assert.Equal(["Nicolás", "Maduro", "in", "Caracas"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Theory]
    [InlineData("Maduro's", "Maduro")]
    [InlineData("Maduro’s", "Maduro")]
    [InlineData("O'Brien", "O'Brien")]
    public void Tokenise_Apostrophes_StripPossessiveAndJoinNames(string text, string word)
    {
        var token = Assert.Single(TextTokenizer.Tokenise(text));

        Assert.Equal(word, text[token.Start..token.End]);
    }

    [Fact]
    public void Tokenise_HyphenAtLineEnd_JoinsTheWord()
    {
        const string text = "Biome-\n   tricas";
        var token = Assert.Single(TextTokenizer.Tokenise(text));

        Assert.Equal("biometricas", token.Folded);
        Assert.Equal(text.Length, token.End);
    }

    // Persian writes a suffix onto its word with a zero-width non-joiner, or typed without one, a space: one word.
    [Theory]
    [InlineData("علی خامنه\u200Cای گفت", "خامنه\u200Cای")]
    [InlineData("علی خامنه ای گفت", "خامنه ای")]
    public void Tokenise_PersianSuffix_IsPartOfItsWord(string text, string word)
    {
        var tokens = TextTokenizer.Tokenise(text);

        Assert.Equal(["aly", "khamnhay", "gft"], tokens.Select(t => t.Folded));
        Assert.Equal(word, text[tokens[1].Start..tokens[1].End]);
    }

    // Vowel marks belong to their word, read as the vowels they mark.
    [Fact]
    public void Tokenise_ArabicVowelMarks_StayInTheirWord()
    {
        const string text = "مُحَمَّد جَوَاد";
        var tokens = TextTokenizer.Tokenise(text);

        Assert.Equal(["muhamad", "jawad"], tokens.Select(t => t.Folded));
        Assert.Equal("مُحَمَّد", text[tokens[0].Start..tokens[0].End]);
    }

    [Fact]
    public void Tokenise_WordBeforeAi_WhenNotEndingOnHeh_StaysApart() =>
        Assert.Equal(3, TextTokenizer.Tokenise("علی ای گفت").Count);

    [Fact]
    public void Tokenise_SoftHyphen_IsIgnored()
    {
        var token = Assert.Single(TextTokenizer.Tokenise("Bio\u00ADmetricas"));

        Assert.Equal("biometricas", token.Folded);
    }

    [Fact]
    public void Tokenise_HyphenInsideCompound_SplitsWithoutGap()
    {
        var tokens = TextTokenizer.Tokenise("Ex-Cle");

        Assert.Equal(["ex", "cle"], tokens.Select(t => t.Folded));
        Assert.Equal(TextGap.None, tokens[1].Gap);
    }

    [Theory]
    [InlineData("Ex-Cle C.A. Soluciones", "None")]
    [InlineData("Mr. Soluciones", "None")]
    [InlineData("J.P. Soluciones", "None")]
    [InlineData("EE.UU. Soluciones", "None")]
    [InlineData("VEB.RF. Soluciones", "Sentence")]
    [InlineData("Caracas. Soluciones", "Sentence")]
    [InlineData("Caracas, Soluciones", "Soft")]
    [InlineData("Caracas\nSoluciones", "None")]
    [InlineData("Caracas\n\nSoluciones", "Sentence")]
    [InlineData("“Caracas” Soluciones", "Soft")]
    [InlineData("Caracas's Soluciones", "Soft")]
    public void Tokenise_Separators_SetTheGapBeforeTheNextWord(string text, string expected)
    {
        var last = TextTokenizer.Tokenise(text)[^1];

        Assert.Equal("soluciones", last.Folded);
        Assert.Equal(Enum.Parse<TextGap>(expected), last.Gap);
    }

    [Theory]
    [InlineData("Maduro", "Capitalised")]
    [InlineData("EXCLE", "AllCaps")]
    [InlineData("de", "Lower")]
    [InlineData("2231", "Number")]
    [InlineData("مادورو", "Uncased")]
    public void Tokenise_Shape_FollowsCapitalisation(string text, string shape)
    {
        Assert.Equal(Enum.Parse<TokenShape>(shape), Assert.Single(TextTokenizer.Tokenise(text)).Shape);
    }

    [Fact]
    public void Tokenise_OtherScripts_FoldToLatin()
    {
        var tokens = TextTokenizer.Tokenise("Владимир Путин");

        Assert.Equal(["vladimir", "putin"], tokens.Select(t => t.Folded));
    }

    [Property(MaxTest = 500)]
    public bool Tokenise_AnyText_GivesOrderedTokensInsideTheText(string? input)
    {
        var text = input ?? string.Empty;
        var previousEnd = 0;
        foreach (var t in TextTokenizer.Tokenise(text))
        {
            if (t.Start < previousEnd || t.End <= t.Start || t.End > text.Length || t.Folded.Length == 0)
            {
                return false;
            }

            previousEnd = t.End;
        }

        return true;
    }
}
