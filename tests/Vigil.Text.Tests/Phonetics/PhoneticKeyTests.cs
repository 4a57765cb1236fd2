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
    public void Of_SpellingVariants_ShareKey(string a, string b) =>
        Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Theory]
    [InlineData("maduro", "guaido")]
    [InlineData("putin", "merkel")]
    public void Of_DifferentNames_DifferInKey(string a, string b) =>
        Assert.NotEqual(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Fact]
    public void Of_LongToken_IsCappedAtMaxLength() =>
        Assert.True(PhoneticKey.Of("abcdefghijklmnopqrstuvwxyz").Length <= PhoneticKey.MaxLength);
}
