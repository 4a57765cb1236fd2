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
}
