using Vigil.Text.Phonetics;

namespace Vigil.Text.Tests.Phonetics;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("mohammed", "muhammad")]
    [InlineData("mohamed", "muhammad")]
    [InlineData("qaeda", "qaida")]
    [InlineData("khodorkovsky", "hodorkovsky")]
    [InlineData("schmidt", "shmidt")]
    [InlineData("tsipras", "zipras")]
    [InlineData("djamal", "jamal")]
    [InlineData("maxim", "maksim")]
    [InlineData("alexei", "aleksei")]
    [InlineData("xenia", "kseniya")] // a first x before e
    [InlineData("xi", "si")] // ... else s, as pinyin's
    [InlineData("xeeng", "xing")] // ... ee respelling pinyin's i
    public void Of_SpellingVariants_ShareKey(string a, string b) =>
        Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Theory]
    [InlineData("maduro", "guaido")]
    [InlineData("putin", "merkel")]
    [InlineData("maxim", "masim")] // an inner x is two sounds
    [InlineData("xenia", "senia")] // ... and a first one before e
    public void Of_DifferentNames_DifferInKey(string a, string b) =>
        Assert.NotEqual(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Theory]
    [InlineData("mhmwd", "mahmoud")]
    [InlineData("ywsf", "yusuf")]
    [InlineData("nwr", "noor")]
    [InlineData("dwry", "duri")]
    public void Of_InnerWOfALongVowelScript_IsAVowel(string skeleton, string latin) =>
        Assert.Equal(PhoneticKey.Of(latin), PhoneticKey.Of(skeleton, innerWIsVowel: true));

    [Fact]
    public void Of_InnerW_IsAConsonantInLatinNamesAndOpeningAWord()
    {
        Assert.NotEqual(PhoneticKey.Of("marwan"), PhoneticKey.Of("maran"));
        Assert.Equal(PhoneticKey.Of("watban"), PhoneticKey.Of("wtban", innerWIsVowel: true));
    }

    [Fact]
    public void Of_LongToken_IsCappedAtMaxLength() =>
        Assert.True(PhoneticKey.Of("abcdefghijklmnopqrstuvwxyz").Length <= PhoneticKey.MaxLength);

    // German writes ж as sch: its key reads sch and zh alike, and only those (sh stays apart, tsch is ч, dzh is дж).
    [Theory]
    [InlineData("prigoschin", "prigozhin")]
    [InlineData("scharow", "zharov")]
    [InlineData("schukow", "zhukov")]
    public void ZheKeyOf_GermanSchForZh_SharesKey(string german, string listed)
    {
        Assert.NotEqual(PhoneticKey.Of(german), PhoneticKey.Of(listed));
        Assert.Equal(PhoneticKey.ZheKeyOf(german), PhoneticKey.ZheKeyOf(listed));
    }

    [Theory]
    [InlineData("sharov")]
    [InlineData("tschaika")]
    [InlineData("dzhabarov")]
    [InlineData("putin")]
    public void ZheKeyOf_WithoutShOrZhForZhe_IsEmpty(string token) =>
        Assert.Equal(string.Empty, PhoneticKey.ZheKeyOf(token));
}
