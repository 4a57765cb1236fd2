using Vigil.Text.Names;

namespace Vigil.Text.Tests.Names;

public sealed class ArabicScriptNamesTests
{
    [Theory]
    [InlineData("قصي صدام حسين التكريتي", "قصي صدام حسين ال تكريتي")]
    [InlineData("سيف الدين", "سيف ال دين")]
    [InlineData("عبد الرحمن", "عبد ال رحمن")]
    public void SetApartArticle_ArticleOpeningAWord_IsAWordOfItsOwn(string name, string expected) =>
        Assert.Equal(expected, ArabicScriptNames.SetApartArticle(name));

    [Theory]
    [InlineData("عبد الله")]
    [InlineData("الناز محمد پور")]
    [InlineData("الهام")]
    [InlineData("ال")]
    [InlineData("AL-TIKRITI, Qusay")]
    public void SetApartArticle_AllahPersianNamesAndLatin_AreUnchanged(string name) =>
        Assert.Same(name, ArabicScriptNames.SetApartArticle(name));

    [Fact]
    public void SpellParticles_KinshipWords_AreSpeltAsListsSpellThem()
    {
        Assert.Equal(["mhmd", "bin", "aly", "abu", "bkr", "ould"], ArabicScriptNames.SpellParticles(["mhmd", "bn", "aly", "abw", "bkr", "wld"]));
        string[] none = ["qsy", "sdam"];
        Assert.Same(none, ArabicScriptNames.SpellParticles(none));
    }
}
