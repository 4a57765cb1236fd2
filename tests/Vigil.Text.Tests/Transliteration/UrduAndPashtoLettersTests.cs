using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

/// <summary>
/// ICU leaves the letters Urdu and Pashto add to the Arabic alphabet untouched, so a name holding one kept a word no
/// Latin spelling could match; they are read as the Arabic letters they sound as.
/// </summary>
public sealed class UrduAndPashtoLettersTests
{
    [Theory]
    [InlineData("محمد عمر ځدران", "محمد عمر زدران")] // Pashto dze: Zadran
    [InlineData("ثناء اللہ غفاری", "ثناء الله غفاری")] // Urdu heh goal: Sanaullah
    [InlineData("طارق گیدڑ گروپ", "طارق گیدر گروپ")] // Urdu rreh
    [InlineData("بھٹو", "بهتو")] // do-chashmi heh and tteh: Bhutto
    [InlineData("مولوی ګل", "مولوی گل")] // Pashto gaf
    public void ToLatin_UrduOrPashtoLetter_ReadAsTheArabicLetter(string written, string arabic)
    {
        var latin = LatinTransliterator.ToLatin(written);
        Assert.Equal(LatinTransliterator.ToLatin(arabic), latin);
        Assert.DoesNotContain(latin, c => c is >= '\u0600' and <= '\u06FF');
    }
}
