using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

public sealed class ArabicOrganisationWordsTests
{
    [Theory]
    [InlineData("الجماعة الإسلامية المقاتلة الليبية", "group islamic fighting libyan")] // LIBYAN ISLAMIC FIGHTING GROUP
    [InlineData("الجَمَاعَة المُسَلَّحَة", "group armed")] // vowel marks
    [InlineData("الجهاد الاسلامي المصري", "الجهاد islamic egyptian")] // the masculine adjective; jihad left to spelling
    [InlineData("مكتب حنيفة للصرافة", "office حنيفة exchange")] // لل: "for" and the article
    [InlineData("الدولة الإسلامية في العراق والشام - ليبيا", "state islamic في iraq and الشام - libya")] // و then the article, split
    [InlineData("والجمعية الخيرية", "and society charitable")] // و, the article, then the word
    [InlineData("بنك ملي ايران", "bank ملي iran")] // ب is the word's own letter here, not "by"
    [InlineData("لبنان", "lebanon")] // ... and ل here
    public void Translate_OrganisationsName_ReadsTheKnownWordsInEnglish(string name, string reading) =>
        Assert.Equal(reading, ArabicOrganisationWords.Translate(name, organisation: true));

    [Theory]
    [InlineData("شبکه حقانی", "network حقانی")] // Persian letters and a closing heh for the teh marbuta
    [InlineData("د حاجی بصیر او ضرجمیل کمپنی حواله", "د حاجی بصیر او ضرجمیل company hawala")] // Pashto
    public void Translate_NameOfUnknownType_ReadWhenAWordNamesAKindOfOrganisation(string name, string reading) =>
        Assert.Equal(reading, ArabicOrganisationWords.Translate(name, organisation: false));

    [Theory]
    [InlineData("محمد المصري")] // al-Masri, "the Egyptian", is a family name
    [InlineData("علي الليبي")]
    [InlineData("اللواء محمد علي")] // Major General, a rank before a person's name, not "brigade"
    [InlineData("Libyan Islamic Fighting Group")] // no Arabic letters
    [InlineData("عزت ابراهيم الدوري")] // no known word
    public void Translate_NoWordNamingAnOrganisation_OfUnknownType_IsNull(string name) =>
        Assert.Null(ArabicOrganisationWords.Translate(name, organisation: false));

    [Fact]
    public void Translate_OrganisationWithNoKnownWord_IsNull() =>
        Assert.Null(ArabicOrganisationWords.Translate("عصبة الأنصار", organisation: true));
}
