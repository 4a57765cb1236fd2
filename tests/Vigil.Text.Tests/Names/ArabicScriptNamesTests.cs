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

    [Theory]
    [InlineData("علی خامنه ای", "علی خامنه\u200Cای")]
    [InlineData("خامنه اي", "خامنه\u200Cاي")]
    [InlineData("اژه ای، ", "اژه\u200Cای، ")]
    public void JoinPersianSuffix_SuffixTypedApart_JoinedAsTheNonJoinerJoinsIt(string name, string expected) =>
        Assert.Equal(expected, ArabicScriptNames.JoinPersianSuffix(name));

    [Theory]
    [InlineData("خامنه ایران")] // a word, not the suffix
    [InlineData("علی ای")] // not after ه
    [InlineData("ه ای")] // ه is no word
    [InlineData("Shah ای")]
    public void JoinPersianSuffix_NoSuffixAfterHeh_Unchanged(string name) =>
        Assert.Same(name, ArabicScriptNames.JoinPersianSuffix(name));

    [Theory]
    [InlineData("عَلَى", "على")] // vowel marks
    [InlineData("علی", "علي")] // Persian yeh
    [InlineData("إلى", "الى")] // hamza on alif
    [InlineData("خامنه\u200Cای", "خامنهاي")]
    [InlineData("کرمان", "كرمان")] // Persian kaf
    public void WrittenForm_WhatVariesByHand_LeftOut(string word, string expected) =>
        Assert.Equal(expected, ArabicScriptNames.WrittenForm(word));

    [Fact]
    public void WrittenForm_AlifMaqsuraAndYeh_StayApart() =>
        Assert.NotEqual(ArabicScriptNames.WrittenForm("على"), ArabicScriptNames.WrittenForm("علي"));
}
