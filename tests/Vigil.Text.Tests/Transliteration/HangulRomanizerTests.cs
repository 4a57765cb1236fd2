using Vigil.Text.Normalization;
using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class HangulRomanizerTests
{
    [Theory]
    [InlineData("김정은", "kim jeong eun")] // listed KIM, Jong Un
    [InlineData("최룡해", "choe ryong hae")] // CHOE, Ryong Hae
    [InlineData("리병철", "ri pyeong cheol")] // RI, Pyong Chol
    [InlineData("현송월", "hyeon song wol")]
    [InlineData("박봉주", "pak pong ju")]
    [InlineData("김정은 위원장", "kim jeong eun wi won jang")]
    public void Fold_KoreanName_ReadsEachSyllableAsListsWriteIt(string hangul, string folded) =>
        Assert.Equal(folded, TextFolder.Fold(hangul));

    [Fact]
    public void Romanize_DifferentVowels_StayApart()
    {
        // 정 (ㅓ) and 종 (ㅗ) are both "Jong" in the lists, but two different syllables.
        Assert.Equal("jeong", HangulRomanizer.Romanize("정"));
        Assert.Equal("jong", HangulRomanizer.Romanize("종"));
        Assert.Equal("eun", HangulRomanizer.Romanize("은"));
        Assert.Equal("un", HangulRomanizer.Romanize("운"));
    }

    [Fact]
    public void Romanize_TextAroundSyllables_KeptAndSetApart()
    {
        Assert.Equal("Mr kim, jeong eun.", HangulRomanizer.Romanize("Mr 김, 정은."));
        Assert.Equal("ABC kim 7", HangulRomanizer.Romanize("ABC김7"));
        Assert.Equal("Putin", HangulRomanizer.Romanize("Putin"));
        Assert.False(HangulRomanizer.HasSyllables("Путин 習近平"));
    }
}
