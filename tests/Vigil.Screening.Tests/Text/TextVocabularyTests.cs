using Vigil.Screening.Text;

namespace Vigil.Screening.Tests.Text;

public sealed class TextVocabularyTests
{
    // Russian words are kept in Cyrillic in the file and apply to Cyrillic words only: "мэр" (mayor) folds to "mer",
    // French for sea, and "том" (volume) to "tom", an English given name.
    [Theory]
    [InlineData("mer")]
    [InlineData("prezident")]
    [InlineData("kremlya")]
    public void RoleOf_RussianWord_OnlyWhenWrittenInCyrillic(string folded)
    {
        Assert.NotEqual(WordRole.None, TextVocabulary.RoleOf(folded, cyrillic: true));
        Assert.Equal(WordRole.None, TextVocabulary.RoleOf(folded));
    }

    [Fact]
    public void RoleOf_TokensOfARussianText_TitlesBreakAndPlacesAreCommon()
    {
        var tokens = TextTokenizer.Tokenise("Мэр Москвы Сергей Собянин. Mer Noire.");

        Assert.Equal(WordRole.Break, TextVocabulary.RoleOf(tokens[0]));
        Assert.Equal(WordRole.Common, TextVocabulary.RoleOf(tokens[1]));
        Assert.Equal(WordRole.None, TextVocabulary.RoleOf(tokens[3]));
        Assert.Equal(WordRole.None, TextVocabulary.RoleOf(tokens[4]));
    }

    // Arabic words likewise, and an Arabic word has the Arabic roles only: مر ("passed") folds to "mr", a title in Latin
    // letters, and في ("in") to "fy", no Latin word.
    [Fact]
    public void RoleOf_TokensOfAnArabicText_OwnRolesOnly()
    {
        var tokens = TextTokenizer.Tokenise("وقال الوزير في بيان مر Mr Smith");

        Assert.True(tokens[0].Arabic);
        Assert.Equal(WordRole.Break | WordRole.Function, TextVocabulary.RoleOf(tokens[0]));
        Assert.Equal(WordRole.Break, TextVocabulary.RoleOf(tokens[1]));
        Assert.Equal(WordRole.Break | WordRole.Function, TextVocabulary.RoleOf(tokens[2]));
        Assert.Equal(WordRole.None, TextVocabulary.RoleOf(tokens[4]));
        Assert.Equal(tokens[4].Folded, tokens[5].Folded);
        Assert.Equal(WordRole.Break, TextVocabulary.RoleOf(tokens[5]));
        Assert.Equal(WordRole.None, TextVocabulary.RoleOf("fy"));
    }

    // Looked up as written: على ("on") and علي or Persian علی (Ali) fold alike.
    [Fact]
    public void RoleOf_ArabicWord_AsWritten()
    {
        var tokens = TextTokenizer.Tokenise("على علي علی عَلَى");

        Assert.Equal(tokens[0].Folded, tokens[1].Folded);
        Assert.NotEqual(WordRole.None, TextVocabulary.RoleOf(tokens[0]));
        Assert.Equal(WordRole.None, TextVocabulary.RoleOf(tokens[1]));
        Assert.Equal(WordRole.None, TextVocabulary.RoleOf(tokens[2]));
        Assert.Equal(TextVocabulary.RoleOf(tokens[0]), TextVocabulary.RoleOf(tokens[3]));
    }
}
