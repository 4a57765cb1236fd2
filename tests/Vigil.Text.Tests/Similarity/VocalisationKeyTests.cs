using FsCheck.Xunit;
using Vigil.Text.Similarity;

namespace Vigil.Text.Tests.Similarity;

public sealed class VocalisationKeyTests
{
    // Each reading's own letters, the spellings Vocalisation allows for them, and a vowel or none before each.
    private const string ReadingLetters = "bdfghjklmnqrstwyza";
    private static readonly Dictionary<char, string[]> Spellings = new()
    {
        ['j'] = ["j", "dj", "g", "zh"], ['d'] = ["d", "dd", "dh", "z"], ['z'] = ["z", "dh"], ['s'] = ["s", "ss", "c"],
        ['f'] = ["f", "ph", "v"], ['q'] = ["q", "k", "kk", "c", "g"], ['k'] = ["k", "c", "q"], ['g'] = ["g", "gh", "k"],
        ['w'] = ["w", "v", "u", "o", "ou", "oo"], ['y'] = ["y", "i", "e", "ee", "j"], ['a'] = ["a", "e"],
    };

    [Theory]
    [InlineData("madwrw", "maduro")]
    [InlineData("nykwlas", "nicolas")]
    [InlineData("bghdady", "baghdadi")]
    [InlineData("aysmy", "aissami")]
    [InlineData("abrahym", "ibrahim")]
    [InlineData("mhmd", "mohammed")]
    [InlineData("rzwqy", "razuki")]
    [InlineData("bwghanmy", "boughanemi")]
    [InlineData("jmaa", "jamaah")]
    [InlineData("jmaa", "jamaat")] // the ة written -at
    [InlineData("fdl", "fazl")]
    [InlineData("thna", "sana")]
    [InlineData("mrwfy", "maaroufi")]
    [InlineData("jrman", "djermane")]
    [InlineData("shrf", "cherif")] // ش as ch
    [InlineData("khald", "xaled")] // خ as x
    [InlineData("shyrwan", "shirvan")] // و as v
    [InlineData("bwtyn", "putin")] // ب as p
    [InlineData("bryghwjyn", "prigozhin")] // ج as zh
    public void OfLatin_SpellingThatWritesTheReading_SharesItsKey(string reading, string latin)
    {
        Assert.True(Vocalisation.Writes(reading, latin), "the pair is one Vocalisation accepts");
        var key = VocalisationKey.OfReading(reading);
        Assert.NotEmpty(key);
        Assert.Contains(key, KeysOf(latin));
    }

    [Theory]
    [InlineData("mhmd", "mansur")]
    [InlineData("hsn", "nasser")]
    [InlineData("madwrw", "mnuchin")]
    [InlineData("bkr", "salah")]
    public void OfLatin_OtherWord_HasAnotherKey(string reading, string latin) =>
        Assert.DoesNotContain(VocalisationKey.OfReading(reading), KeysOf(latin));

    [Theory]
    [InlineData("ab")] // under three letters
    [InlineData("aya")] // no consonant
    [InlineData("hwy")] // one
    [InlineData("awh")] // none: h is left out
    public void OfReading_TooFewLettersToTell_IsEmpty(string reading) =>
        Assert.Empty(VocalisationKey.OfReading(reading));

    [Fact]
    public void OfLatin_WordOfManyLettersOfTwoClasses_SaysItsKeysAreNotAll()
    {
        var keys = new List<string>();
        Assert.False(VocalisationKey.OfLatin("cabicobucabic", keys));
        Assert.Equal(VocalisationKey.MaxLatinKeys, keys.Count);
        Assert.True(VocalisationKey.OfLatin("maduro", keys));
    }

    // The key is a blocking key: every Latin spelling Vocalisation accepts for a reading must give the reading's key,
    // or free text in Arabic letters never looks that spelling up. Spellings are made from the letters' allowed forms.
    [Property(MaxTest = 3000)]
    public bool OfLatin_AnySpellingVocalisationAccepts_SharesTheReadingsKey(int seed)
    {
        var random = new Random(seed);
        var length = random.Next(3, 8);
        var reading = new char[length];
        var latin = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var c = ReadingLetters[random.Next(ReadingLetters.Length)];
            reading[i] = c;
            if (i > 0 && c != 'a' && random.Next(2) == 0)
            {
                latin.Append("aeiou"[random.Next(5)]);
            }

            var forms = c == 'b' && i == 0 ? ["b", "p"] : Spellings.TryGetValue(c, out var f) ? f : [c.ToString(), new string(c, 2)];
            latin.Append(forms[random.Next(forms.Length)]);
        }

        var text = new string(reading);
        var key = VocalisationKey.OfReading(text);
        var spelling = latin.ToString();
        var keys = new List<string>();
        var complete = VocalisationKey.OfLatin(spelling, keys);
        Assert.True(key.Length == 0 || !Vocalisation.Writes(text, spelling) || !complete || keys.Contains(key), $"{text} / {spelling}: {key} not among {string.Join(", ", keys)}");
        return true;
    }

    private static List<string> KeysOf(string latin)
    {
        var keys = new List<string>();
        VocalisationKey.OfLatin(latin, keys);
        return keys;
    }
}
