namespace Vigil.Text.Similarity;

/// <summary>
/// Whether a Latin spelling writes a word read letter by letter from Arabic or Persian script, which leaves short vowels
/// unwritten. ICU reads ابراهيم "abrahym", and IBRAHIM and EBRAHIM write each of those letters, in order, with a vowel
/// between some of them; a phonetic key or an edit distance sees only a loose likeness ("phonetic 0.86"), so a name
/// written in its own script never matched the lists' spelling of it as a name typed in Latin letters does.
/// </summary>
/// <remarks>
/// Each letter of the reading must be written in one of the spellings the lists use for it (ق as q, k or g; ث as th, s
/// or t; ض as d or z; و as w, u, o or ou; ي as y, i or e; a consonant doubled for its shadda), and at most one vowel may
/// stand between two letters. Foreign names as Arabic writes them: ج as zh (Prigozhin, بريغوجين), ب opening a word of
/// four letters or more as p (Putin, بوتين), and the alif of an opening أو silent before the و that writes u or o
/// (Utkin, أوتكين), as the alif or ʿayn of an opening ي that writes a long i is (Isa, عيسى; Iran, ايران). Persian's
/// ending ه‌ای, read "hay", as ei, ehi, eyi or ey (Khamenei, خامنه‌ای). A spelling that writes a letter the reading
/// lacks, or leaves out one it has, is another name: "Mohammed" writes محمد, "Mahmoud" does not (its "ou" is the و of
/// محمود), nor "Hussein" حسن.
/// </remarks>
public static class Vocalisation
{
    /// <summary>The shortest reading told: two letters would be written by too many Latin words.</summary>
    public const int MinReading = 3;

    private const int MaxLength = 32;

    // The shortest reading whose opening ب may be a foreign name's p.
    private const int MinForeignP = 4;

    // The spellings of each letter as ICU reads it, alone or, for the letters ICU writes with an h after them, as that
    // pair (kh, gh, sh, th, dh, ch, zh). Every letter may also be written as itself and, for a consonant, doubled.
    private static readonly string[] None = [];
    private static readonly string[] J = ["dj", "g", "zh"];
    private static readonly string[] D = ["dh", "z"];
    private static readonly string[] Z = ["dh"];
    private static readonly string[] S = ["c"];
    private static readonly string[] F = ["ph", "v"];
    private static readonly string[] Q = ["k", "kk", "c", "g"];
    private static readonly string[] K = ["c", "q"];
    private static readonly string[] G = ["gh", "k"];
    private static readonly string[] V = ["f", "w"];
    private static readonly string[] W = ["ww", "v", "u", "o", "ou", "oo", "uu", "wu", "wo"];
    private static readonly string[] Y = ["yy", "i", "ii", "e", "ee", "j"];
    private static readonly string[] Kh = ["kh", "k", "ch", "x"];
    private static readonly string[] Gh = ["gh", "g", "gg"];
    private static readonly string[] Sh = ["sh", "ch", "sch"];
    private static readonly string[] Th = ["th", "s", "ss", "t"];
    private static readonly string[] Dh = ["dh", "z", "zz", "d", "dd", "th"];
    private static readonly string[] Ch = ["ch", "tch", "tsch", "c"];
    private static readonly string[] Zh = ["zh", "j", "z"];

    // The ways the lists end a name on Persian's ه‌ای (Khamenei, Khamenehi, Khameneyi).
    private static readonly string[] PersianEhi = ["ei", "ehi", "eyi", "ey"];

    /// <summary>
    /// True when <paramref name="latin"/> (folded, lower case) writes <paramref name="reading"/> (a word read from a
    /// script without short vowels, folded) as described above; false for readings under three letters, which too many
    /// Latin words would write.
    /// </summary>
    public static bool Writes(ReadOnlySpan<char> reading, ReadOnlySpan<char> latin)
    {
        if (reading.Length < MinReading || reading.Length > MaxLength || latin.Length < reading.Length - 2 || latin.Length > 2 * MaxLength)
        {
            return false;
        }

        if (!MayBegin(reading[0], latin[0]))
        {
            return false;
        }

        // A state that failed once fails again: remembered, the search stays within reading × latin steps.
        Span<bool> failed = stackalloc bool[(reading.Length + 1) * (latin.Length + 1)];
        return Match(reading, 0, latin, 0, failed)
            || (reading.Length > MinReading && reading[0] == 'a' && reading[1] is 'w' or 'y' && Match(reading, 1, latin, 0, failed));
    }

    private static bool Match(ReadOnlySpan<char> reading, int i, ReadOnlySpan<char> latin, int j, Span<bool> failed)
    {
        // French spellings end a word on a consonant with a mute e (Djermane, جرمان).
        if (i == reading.Length)
        {
            return j == latin.Length || (j == latin.Length - 1 && j > 0 && latin[j] == 'e' && !IsVowel(reading[i - 1]) && !IsVowel(latin[j - 1]));
        }

        var state = (i * (latin.Length + 1)) + j;
        if (failed[state])
        {
            return false;
        }

        // One short vowel, unwritten in the reading, may come before any of its letters but the first and its vowels;
        // or two from a, where an ʿayn inside the word (which ICU's reading loses) stood: معروفي, Maaroufi.
        var between = i > 0 && !IsVowel(reading[i]) && j < latin.Length && IsVowel(latin[j]);
        if (Letter(reading, i, latin, j, failed)
            || (between && Letter(reading, i, latin, j + 1, failed))
            || (between && latin[j] == 'a' && j + 1 < latin.Length && IsVowel(latin[j + 1]) && Letter(reading, i, latin, j + 2, failed)))
        {
            return true;
        }

        failed[state] = true;
        return false;
    }

    /// <summary>Whether the letter at <paramref name="i"/> is written at <paramref name="j"/>, and the rest after it.</summary>
    private static bool Letter(ReadOnlySpan<char> reading, int i, ReadOnlySpan<char> latin, int j, Span<bool> failed)
    {
        var c = reading[i];
        var last = i == reading.Length - 1;
        if (IsVowel(c))
        {
            // A long vowel's letter, or a short one ICU read from a mark: one or two vowels; the ة ending a word may
            // be written -ah or -at. Within a word, alif is a or e (Sara is no Suri, Kamal no Camille), but the
            // article's, before l and a word, is silent and takes the vowel before it (Abdullah); at its start it
            // carries any (Ibrahim, Umar).
            var beforeArticle = i + 3 < reading.Length && reading[i + 1] == 'l';
            if (c == 'a' && i > 0 && !beforeArticle && j < latin.Length && latin[j] is not ('a' or 'e'))
            {
                return false;
            }

            for (var n = 1; n <= 2 && j + n <= latin.Length && IsVowel(latin[j + n - 1]); n++)
            {
                if (Match(reading, i + 1, latin, j + n, failed) || (last && j + n < latin.Length && latin[j + n] is 'h' or 't' && j + n + 1 == latin.Length))
                {
                    return true;
                }
            }

            return false;
        }

        // Persian's ه‌ای ending, "hay": the ه a vowel (e), the alif only carrying the ی (Khamenei, خامنه‌ای; Ejei, اژه‌ای).
        if (c == 'h' && i > 0 && i == reading.Length - 3 && reading.EndsWith("hay") && IsAny(PersianEhi, latin[j..]))
        {
            return true;
        }

        if (i + 1 < reading.Length && reading[i + 1] == 'h' && Pair(c) is { Length: > 0 } pair && Any(pair, reading, i + 2, latin, j, failed))
        {
            return true;
        }

        // Arabic has no p and writes a foreign name's with ب (بوتين, Putin; بيسكوف, Peskov). Only opening a word of four
        // letters or more: within one, a p is rarely foreign and ب is b (سبا, Saba, is no SEPAH).
        if (c == 'b' && i == 0 && reading.Length >= MinForeignP && j < latin.Length && latin[j] == 'p' && Match(reading, 1, latin, j + 1, failed))
        {
            return true;
        }

        // The ى ending a word reads "a" (Yahya, Mustafa, Musa), and an h ending one is often left unwritten (Abdulla).
        return (j < latin.Length && latin[j] == c && (Match(reading, i + 1, latin, j + 1, failed)
                || (!IsVowelLetter(c) && j + 1 < latin.Length && latin[j + 1] == c && Match(reading, i + 1, latin, j + 2, failed))))
            || Any(Spellings(c), reading, i + 1, latin, j, failed)
            || (last && c == 'y' && reading.Length >= 4 && j + 1 == latin.Length && latin[j] == 'a')
            || (last && c == 'h' && j == latin.Length && j > 0 && latin[j - 1] is 'a' or 'e');
    }

    /// <summary>
    /// Whether a reading that opens with <paramref name="readingFirst"/> may be written by a Latin word opening with
    /// <paramref name="latinFirst"/>: <see cref="Writes"/> is false when not, and most pairs end here.
    /// </summary>
    public static bool MayBegin(char readingFirst, char latinFirst) =>
        IsVowel(readingFirst) ? IsVowel(latinFirst)
            : latinFirst == readingFirst || StartsWith(Spellings(readingFirst), latinFirst) || StartsWith(Pair(readingFirst), latinFirst)
                || (readingFirst == 'b' && latinFirst == 'p');

    private static bool IsAny(string[] spellings, ReadOnlySpan<char> rest)
    {
        foreach (var spelling in spellings)
        {
            if (rest.SequenceEqual(spelling))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(string[] spellings, char first)
    {
        foreach (var spelling in spellings)
        {
            if (spelling[0] == first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(string[] spellings, ReadOnlySpan<char> reading, int next, ReadOnlySpan<char> latin, int j, Span<bool> failed)
    {
        foreach (var spelling in spellings)
        {
            if (latin[j..].StartsWith(spelling, StringComparison.Ordinal) && Match(reading, next, latin, j + spelling.Length, failed))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Spellings(char letter) => letter switch
    {
        'j' => J,
        'd' => D,
        'z' => Z,
        's' => S,
        'f' => F,
        'q' => Q,
        'k' => K,
        'g' => G,
        'v' => V,
        'w' => W,
        'y' => Y,
        _ => None,
    };

    private static string[] Pair(char first) => first switch
    {
        'k' => Kh,
        'g' => Gh,
        's' => Sh,
        't' => Th,
        'd' => Dh,
        'c' => Ch,
        'z' => Zh,
        _ => None,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // و and ي double as consonants only (Fulayyih), which their spellings hold.
    private static bool IsVowelLetter(char c) => c is 'w' or 'y';
}
