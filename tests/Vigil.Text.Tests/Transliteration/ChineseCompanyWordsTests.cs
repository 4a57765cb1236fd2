using Vigil.Text.Normalization;
using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class ChineseCompanyWordsTests
{
    [Theory]
    [InlineData("华为技术有限公司", "hua wei technology")] // listed HUAWEI TECHNOLOGIES CO., LTD.
    [InlineData("華為技術有限公司", "hua wei technology")] // the same in traditional characters
    [InlineData("中国电子科技集团有限公司", "china electronics technology group")]
    [InlineData("中国航天科工集团有限公司", "china aerospace science and industry group")]
    [InlineData("中国铁建股份有限公司", "china railway construction")]
    [InlineData("香港国际贸易有限公司", "hong kong international trading")]
    public void Fold_ChineseCompanyName_ReadsItsCompanyWordsInEnglish(string name, string folded) =>
        Assert.Equal(folded, TextFolder.Fold(name));

    [Theory]
    [InlineData("王国强", "wang guo qiang")] // 国 alone is a character of a given name, not "China"
    [InlineData("习近平", "xi jin ping")]
    public void Fold_PersonsName_IsReadCharacterByCharacter(string name, string folded) =>
        Assert.Equal(folded, TextFolder.Fold(name));

    [Fact]
    public void Translate_LongestWordFirst_AndTextWithoutChineseUnchanged()
    {
        // 股份有限公司 (a company limited by shares) is one form, not 股份 "shares" then 有限公司.
        Assert.Equal("gu fen", TextFolder.Fold("股份"));
        Assert.Equal("da hua technology", TextFolder.Fold("大华技术股份有限公司"));
        Assert.Equal("Huawei Technologies Co., Ltd.", ChineseCompanyWords.Translate("Huawei Technologies Co., Ltd."));
        Assert.True(ChineseCompanyWords.IsReading("technology"));
        Assert.False(ChineseCompanyWords.IsReading("hua"));
    }
}
