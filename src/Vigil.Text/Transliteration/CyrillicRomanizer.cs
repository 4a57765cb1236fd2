using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Vigil.Text.Transliteration;

/// <summary>
/// Romanises Cyrillic as sanctions lists and passports write Russian, Ukrainian, Belarusian and other names: ш "sh",
/// ж "zh", ч "ch", щ "shch", х "kh", ц "ts", ю "yu", я "ya", й "y", soft and hard signs left out ("Сергей Шойгу" →
/// "Sergey Shoygu", listed "SHOIGU, Sergei"). ICU's Cyrillic-Latin writes ISO 9 (Š, Ž, Č, Ŝ, Û, Â), whose marks
/// folding removes, leaving "sojgu", "zukov", "cemezov": spellings no list uses, and "Сергей Шойгу" scored 0.64
/// against its listing. Letters of other Cyrillic alphabets are written as their own lists write them (Serbian ђ "dj",
/// ј "j", and in a Serbian or Macedonian text ч "c", ш "s": Вучић "Vucic"; Kazakh қ "q"); a text holding a Cyrillic
/// letter not known here goes to ICU whole.
/// </summary>
public static class CyrillicRomanizer
{
    private static readonly FrozenDictionary<char, string> Letters = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",

        // Ukrainian and Belarusian.
        ['є'] = "ye", ['і'] = "i", ['ї'] = "yi", ['ґ'] = "g", ['ў'] = "u",

        // Serbian and Macedonian.
        ['ђ'] = "dj", ['ј'] = "j", ['љ'] = "lj", ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz", ['ѓ'] = "gj", ['ќ'] = "kj", ['ѕ'] = "dz",

        // Kazakh, Kyrgyz, Uzbek, Tajik, Tatar, Bashkir.
        ['ә'] = "a", ['ғ'] = "gh", ['қ'] = "q", ['ң'] = "ng", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h",
        ['ӣ'] = "i", ['ӯ'] = "u", ['ҳ'] = "h", ['ҷ'] = "j", ['ҙ'] = "z", ['ҡ'] = "k", ['ҫ'] = "s",
    }.ToFrozenDictionary();

    // Serbian and Macedonian write their Latin alphabets with marks (č, ć, š, ž, đ) that folding removes, and lists
    // print names that way without them (KARADZIC, MLADIC): a text with a letter of those alphabets reads them so.
    private static readonly FrozenDictionary<char, string> SouthSlavic = new Dictionary<char, string>
    {
        ['ж'] = "z", ['х'] = "h", ['ц'] = "c", ['ч'] = "c", ['ш'] = "s", ['й'] = "j",
    }.ToFrozenDictionary();

    private static readonly SearchValues<char> SouthSlavicLetters = SearchValues.Create("ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ");

    /// <summary>True when the text holds a Cyrillic letter and every Cyrillic letter in it is one this table writes.</summary>
    public static bool CanRomanize(ReadOnlySpan<char> text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (IsCyrillic(c))
            {
                if (!Letters.ContainsKey(char.ToLowerInvariant(c)))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>The text with every Cyrillic letter written in Latin letters (a capital as a capital); the rest kept.</summary>
    public static string Romanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var southSlavic = text.AsSpan().IndexOfAny(SouthSlavicLetters) >= 0;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (!IsCyrillic(c) || !((southSlavic && SouthSlavic.TryGetValue(lower, out var latin)) || Letters.TryGetValue(lower, out latin)))
            {
                sb.Append(c);
            }
            else if (c != lower && latin.Length > 0)
            {
                sb.Append(char.ToUpperInvariant(latin[0])).Append(latin, 1, latin.Length - 1);
            }
            else
            {
                sb.Append(latin);
            }
        }

        return sb.ToString();
    }

    /// <summary>True for a letter of the Cyrillic blocks.</summary>
    public static bool IsCyrillic(char c) => LatinTransliterator.ScriptOf(c) == "Cyrillic";
}
