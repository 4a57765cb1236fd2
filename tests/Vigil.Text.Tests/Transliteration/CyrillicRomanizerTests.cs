using Vigil.Text.Normalization;
using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class CyrillicRomanizerTests
{
    [Theory]
    [InlineData("Сергей Шойгу", "Sergey Shoygu")]
    [InlineData("Юрий Чайка", "Yuriy Chayka")]
    [InlineData("Ковальчук", "Kovalchuk")]
    [InlineData("Щербаков Подъячев", "Shcherbakov Podyachev")]
    [InlineData("Ігор Коломойський", "Igor Kolomoyskiy")]
    [InlineData("Александар Вучић", "Aleksandar Vucic")]
    [InlineData("Радован Караџић", "Radovan Karadzic")]
    [InlineData("ООО Ромашка (Moscow)", "OOO Romashka (Moscow)")]
    public void Romanize_WritesNamesAsListsWriteThem(string cyrillic, string latin) =>
        Assert.Equal(latin, CyrillicRomanizer.Romanize(cyrillic));

    [Theory]
    [InlineData("Сергей", true)]
    [InlineData("Sergei", false)]
    [InlineData("Хӕтӕгкаты", false)]
    [InlineData("Иван Ԁобрый", false)] // a Komi letter of the Cyrillic Supplement block: the whole text goes to ICU
    public void CanRomanize_OnlyCyrillicItKnows(string text, bool expected) =>
        Assert.Equal(expected, CyrillicRomanizer.CanRomanize(text));

    [Fact]
    public void Fold_CyrillicWithALetterNotKnown_GoesToIcuWhole() =>
        Assert.Equal("haetaegkaty sergej", TextFolder.Fold("Хӕтӕгкаты Сергей"));
}
