using FsCheck.Xunit;
using Vigil.Text.Similarity;

namespace Vigil.Text.Tests.Similarity;

public sealed class VocalisationTests
{
    [Theory]
    [InlineData("abrahym", "ibrahim")] // ابراهيم
    [InlineData("mhmd", "mohammed")] // محمد, the m doubled for its shadda
    [InlineData("mhmd", "muhammad")]
    [InlineData("hkmt", "hikmat")]
    [InlineData("azawy", "azzawi")]
    [InlineData("rzwqy", "razuki")] // ق as k
    [InlineData("bwghanmy", "boughanemi")] // و as ou
    [InlineData("yhyy", "yahya")] // the ى ending a word reads a
    [InlineData("mstfy", "mustafa")]
    [InlineData("jmaa", "jamaah")] // the ة ending a word written -ah
    [InlineData("abdallh", "abdulla")] // an h ending a word left unwritten
    [InlineData("khyrallh", "khayrallah")]
    [InlineData("fdl", "fazl")] // ض as z
    [InlineData("thna", "sana")] // ث as s
    [InlineData("amr", "umar")] // a word's first alif carries any vowel
    [InlineData("syfallh", "saifullah")] // the article's alif takes the vowel before it
    [InlineData("mrwfy", "maaroufi")] // two vowels where an ʿayn stood
    [InlineData("flyh", "fulayyih")] // ي doubled
    [InlineData("jrman", "djermane")] // a French mute e
    [InlineData("byskwf", "peskov")] // ب as p, in a foreign name
    [InlineData("bryghwjyn", "prigozhin")] // ج as zh
    [InlineData("awtkyn", "utkin")] // the alif of an opening أو carries the و's u
    [InlineData("aysy", "isa")] // ... as the ʿayn of عيسى the ي's long i
    [InlineData("ayran", "iran")] // ... and the alif of ايران
    [InlineData("ayman", "ayman")] // the alif still written where the ي is y
    [InlineData("khamnhay", "khamenei")] // Persian's ه‌ای ending, "hay", is -ei
    [InlineData("khamnhay", "khamenehi")]
    [InlineData("azhhay", "ejei")]
    public void Writes_LatinSpellingOfTheLetters_True(string reading, string latin) =>
        Assert.True(Vocalisation.Writes(reading, latin));

    [Theory]
    [InlineData("mhmd", "mahmoud")] // its ou is the و of محمود
    [InlineData("hsn", "hussein")] // حسين has a ي
    [InlineData("hsn", "hosni")] // a vowel ending the word is a letter the reading lacks
    [InlineData("mhmd", "ahmed")]
    [InlineData("mhmd", "hamid")]
    [InlineData("sba", "sepah")] // Arabic has no p, and writes a foreign one ب only opening a word
    [InlineData("bkr", "pekar")] // ... of four letters or more
    [InlineData("aly", "ala")] // three letters: ي is not read a
    [InlineData("sara", "suri")] // alif within a word is a or e
    [InlineData("kmal", "camille")] // ... unless the article's, before l and a word
    [InlineData("khyl", "hill")] // خ is not written h
    [InlineData("bkr", "becker")] // ck is German, not Arabic
    [InlineData("jmal", "jamala")] // a vowel ending the word, where the reading ends on a consonant
    [InlineData("zadh", "saeedi")] // ز is not written s
    [InlineData("zadh", "zadi")] // an h left unwritten leaves the a or e before it
    [InlineData("ab", "abu")] // under three letters
    [InlineData("khamnhay", "khamenai")] // ... -ei, not -ai
    [InlineData("hayrm", "eirm")] // ... at a word's end only
    [InlineData("ays", "is")] // an opening long i only in a word of four letters or more
    [InlineData("mhmd", "mohammad mohammad mohammad mohammad mohammad mohammad mohammad")]
    public void Writes_OtherName_False(string reading, string latin) =>
        Assert.False(Vocalisation.Writes(reading, latin));

    [Property(MaxTest = 500)]
    public bool Writes_ConsonantsAsWritten_True(string? seed)
    {
        // Consonants each written as itself: the reading is its own spelling, whatever their order.
        const string Consonants = "bdfgjklmnqrstz";
        var reading = new string([.. (seed ?? string.Empty).Select(c => Consonants[c % Consonants.Length])]);
        return reading.Length is < Vocalisation.MinReading or > 32 || Vocalisation.Writes(reading, reading);
    }

    [Property(MaxTest = 500)]
    public void Writes_AnyText_Answers(string? reading, string? latin) =>
        Vocalisation.Writes(reading ?? string.Empty, latin ?? string.Empty);
}
