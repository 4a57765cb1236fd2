using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using ICU4N.Text;
using Vigil.Text.Names;

namespace Vigil.Text.Transliteration;

/// <summary>
/// Turns any script into Latin with ICU's transliteration rules, so that "Владимир Путин" becomes "Vladimir Putin".
/// A text in one script goes through that script's own transform ("Cyrillic-Latin"), which is several times faster
/// than the generic "Any-Latin"; mixed or unknown scripts use "Any-Latin". Diacritics left by ICU are removed later by
/// <see cref="Normalization.TextFolder"/>. ICU transliterators are not thread-safe and costly to build, so each
/// transform keeps a small shared pool.
/// </summary>
public static class LatinTransliterator
{
    private const string AnyLatin = "Any-Latin";

    // Urdu heh goal, do-chashmi heh, heh with yeh, teh marbuta goal, rreh, tteh, ddal, noon ghunna, barree yeh, and Pashto
    // dze, ddal, rreh, zhe, gaf, noon and the yehs; each under the Arabic or Persian letter at the same place below.
    private const string UrduAndPashtoLetters = "\u06C1\u06BE\u06C0\u06C3\u0691\u0679\u0688\u06BA\u06D2\u06D3\u0681\u0689\u0693\u0696\u06AB\u06BC\u06D0\u06CD";
    private const string ArabicLetters = "\u0647\u0647\u0647\u0629\u0631\u062A\u062F\u0646\u064A\u064A\u0632\u062F\u0631\u0698\u06AF\u0646\u064A\u064A";

    private static readonly SearchValues<char> UrduAndPashto = SearchValues.Create(UrduAndPashtoLetters);

    private static readonly ConcurrentDictionary<string, ConcurrentBag<Transliterator>> Pools = new(StringComparer.Ordinal);

    /// <summary>True when the text holds a letter outside the Latin blocks (which folding handles alone).</summary>
    public static bool NeedsTransliteration(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0250' && char.IsLetter(c) && !IsLatinExtended(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Transliterates the text to Latin. Text already in Latin script is returned unchanged; Korean syllables are
    /// romanised as lists write Korean names (<see cref="HangulRomanizer"/>), Cyrillic as they write Russian ones
    /// (<see cref="CyrillicRomanizer"/>), the words of Chinese company names the lists translate in English
    /// (<see cref="ChineseCompanyWords"/>), the rest by ICU.
    /// </summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsTransliteration(text))
        {
            return text;
        }

        if (HangulRomanizer.HasSyllables(text))
        {
            text = HangulRomanizer.Romanize(text);
            if (!NeedsTransliteration(text))
            {
                return text;
            }
        }

        if (CyrillicRomanizer.CanRomanize(text))
        {
            text = CyrillicRomanizer.Romanize(text);
            if (!NeedsTransliteration(text))
            {
                return text;
            }
        }

        // Before the cache, which holds ICU's readings only and outlives a build: a file written before a word was
        // added to the table must not answer for it.
        text = ChineseCompanyWords.Translate(AsArabicLetters(text));
        if (!NeedsTransliteration(text))
        {
            return text;
        }

        if (TransliterationCache.TryGet(text, out var known))
        {
            return known;
        }

        var latin = Transliterate(text);
        TransliterationCache.Add(text, latin);
        return latin;
    }

    /// <summary>
    /// The text with the letters Urdu and Pashto add to the Arabic alphabet written as the Arabic letters they sound as:
    /// ICU leaves them as they are, and a name holding one (ځدران, Zadran; ثناء اللہ, Sanaullah) kept a word no Latin
    /// spelling could match.
    /// </summary>
    internal static string AsArabicLetters(string text)
    {
        if (text.AsSpan().IndexOfAny(UrduAndPashto) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = UrduAndPashtoLetters.IndexOf(chars[i], StringComparison.Ordinal);
            chars[i] = at < 0 ? chars[i] : ArabicLetters[at];
        }

        return new string(chars);
    }

    private static string Transliterate(string text)
    {
        var id = TransformFor(text);
        var pool = Pools.GetOrAdd(id, static _ => []);
        if (!pool.TryTake(out var transliterator))
        {
            transliterator = Transliterator.GetInstance(id);
        }

        try
        {
            return SpellArabicVowels(transliterator.Transliterate(text.Normalize(NormalizationForm.FormC)));
        }
        finally
        {
            pool.Add(transliterator);
        }
    }

    /// <summary>
    /// Writes the vowels Latin spellings of Arabic names write where ICU writes a letter they leave out. An ʿayn (ʿ,
    /// Hebrew ʻ) opening a word before a consonant: ICU writes عمر "ʿmr" (Umar, Omar), علي "ʿly" (Ali), عبد "ʿbd" (Abd),
    /// folding drops the mark, and "mr", "ly", "bd" met no listed spelling; with "a" they take the vowel-opening keys
    /// those spellings have (AMR, AL, ABT). So before a consonant ICU writes with a mark: عصبة "ʿṣbẗ" (Asbat, Usba).
    /// Inside a word the mark stays (سعيد "sʿyd" already sounds as Said). The ta marbuta ending a word (ة, ICU's "ẗ") is
    /// the "-a" of Hamza, Samira, Fatima, not a "t".
    /// </summary>
    private static string SpellArabicVowels(string latin)
    {
        if (latin.AsSpan().IndexOfAny('\u02BF', '\u02BB', '\u1E97') < 0)
        {
            return latin;
        }

        var chars = latin.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\u1E97'
                || (chars[i] is '\u02BF' or '\u02BB' && i + 1 < chars.Length && (i == 0 || !char.IsLetterOrDigit(chars[i - 1])) && char.IsLetter(chars[i + 1]) && !IsVowel(chars[i + 1])))
            {
                chars[i] = 'a';
            }
        }

        return new string(chars);
    }

    /// <summary>A vowel, with or without its marks (ICU writes "ā" for alif, "ṣ" for ṣād: the one a vowel, the other not).</summary>
    private static bool IsVowel(char c) =>
        char.ToLowerInvariant(c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0]) is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The ICU transform for the text: its one script's own, or Any-Latin for mixed and unknown scripts.</summary>
    internal static string TransformFor(ReadOnlySpan<char> text)
    {
        string? found = null;
        foreach (var c in text)
        {
            if (c < '\u0250' || !char.IsLetter(c) || IsLatinExtended(c))
            {
                continue;
            }

            var script = ScriptOf(c);
            if (script is null || (found is not null && !string.Equals(found, script, StringComparison.Ordinal)))
            {
                return AnyLatin;
            }

            found = script;
        }

        return found is null ? AnyLatin : found + "-Latin";
    }

    private static bool IsLatinExtended(char c) => c is (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF');

    /// <summary>The script of a character, as the ICU transform names it; null for Latin, digits and the rest.</summary>
    internal static string? ScriptOf(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' => "Greek",
        >= '\u1F00' and <= '\u1FFF' => "Greek",
        >= '\u0400' and <= '\u052F' => "Cyrillic",
        >= '\u0530' and <= '\u058F' => "Armenian",
        >= '\u0590' and <= '\u05FF' => "Hebrew",
        _ when ArabicScriptNames.IsArabic(c) => "Arabic",
        >= '\u0900' and <= '\u097F' => "Devanagari",
        >= '\u0980' and <= '\u09FF' => "Bengali",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        >= '\u10A0' and <= '\u10FF' => "Georgian",
        >= '\u1100' and <= '\u11FF' => "Hangul",
        >= '\u3130' and <= '\u318F' => "Hangul",
        >= '\uAC00' and <= '\uD7AF' => "Hangul",
        >= '\u3040' and <= '\u309F' => "Hiragana",
        >= '\u30A0' and <= '\u30FF' => "Katakana",
        >= '\u3400' and <= '\u4DBF' => "Han",
        >= '\u4E00' and <= '\u9FFF' => "Han",
        _ => null,
    };
}
