using System.Collections.Frozen;

namespace Vigil.Text.Names;

/// <summary>
/// Names written in Arabic script, read as the lists' Latin spellings write them. Arabic script writes the article
/// "al" as part of its word (التكريتي, "altkryty") where Latin spellings write it apart (AL-TIKRITI): read as one word
/// it matched neither "al" nor "tikriti", and a name in Arabic letters lost its family name against the same name in
/// Latin ones. The words for "son of", "father of" carry no short vowels either (بن "bn", أبو "abw"), where the lists
/// write "bin", "abu", words of no weight.
/// </summary>
public static class ArabicScriptNames
{
    /// <summary>The article, al, as Arabic script writes it onto its word.</summary>
    internal const string Article = "\u0627\u0644";
    private const char Heh = '\u0647';
    private const char Alif = '\u0627';
    private const char ZeroWidthNonJoiner = '\u200C';

    // Heh then a space, as a constant: concatenated where it is used, it was a new string for every name prepared.
    private const string HehThenSpace = "\u0647 ";

    // Words that open with the letters of the article without being it: Allah (الله), one word in every spelling
    // (Abdallah, Abd Allah, Abdullah), and Persian given names and words (Elham, Elnaz, Elaheh, Elias, Almas, Alvand, Alborz).
    private static readonly FrozenSet<string> NotTheArticle = FrozenSet.ToFrozenSet(
        ["الله", "الهام", "الناز", "الهه", "الياس", "الیاس", "الماس", "الوند", "البرز"], StringComparer.Ordinal);

    // The kinship words of Arabic names, and the joining word "in", as transliterated without vowels and as the lists spell them.
    private static readonly FrozenDictionary<string, string> Particles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bn"] = "bin",
        ["abn"] = "ibn",
        ["bnt"] = "bint",
        ["abw"] = "abu",
        ["wld"] = "ould",

        // في, "in", joins an organisation's name as "in" joins the lists' English ("AL-QAIDA IN IRAQ").
        ["fy"] = "in",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The letters Arabic writes onto the next word as words of their own: و ف ب ل ك, "and", "so", "by", "for", "as"
    /// (ونيكولاس, and Nicolas; بالعراق, in Iraq).
    /// </summary>
    public const string CliticLetters = "\u0648\u0641\u0628\u0644\u0643";

    /// <summary>Whether the character is in one of the Arabic blocks (with the presentation forms).</summary>
    public static bool IsArabic(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>True when the text holds Arabic, Hebrew, Syriac or Thaana letters (scripts that leave short vowels unwritten).</summary>
    public static bool IsAbjadScript(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0590' and <= '\u07BF') or (>= '\u08A0' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name with the article that opens a word of two letters or more after it set apart; the same string when none does.</summary>
    public static string SetApartArticle(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.Contains(Article, StringComparison.Ordinal))
        {
            return name;
        }

        var output = new System.Text.StringBuilder(name.Length + 8);
        var changed = false;
        var i = 0;
        while (i < name.Length)
        {
            var end = i;
            while (end < name.Length && IsArabicLetter(name[end]))
            {
                end++;
            }

            if (end == i)
            {
                output.Append(name[i]);
                i++;
                continue;
            }

            var word = name.AsSpan(i, end - i);
            if (word.Length >= 4 && word.StartsWith(Article, StringComparison.Ordinal) && !NotTheArticle.Contains(word.ToString()))
            {
                output.Append(word[..2]).Append(' ').Append(word[2..]);
                changed = true;
            }
            else
            {
                output.Append(word);
            }

            i = end;
        }

        return changed ? output.ToString() : name;
    }

    /// <summary>
    /// The name with Persian's suffix ای written apart from the ه it follows joined to it, as the zero-width non-joiner
    /// joins it (خامنه ای, Khamenei, is one word typed without that character); the same string when none is.
    /// </summary>
    public static string JoinPersianSuffix(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.Contains(HehThenSpace, StringComparison.Ordinal))
        {
            return name;
        }

        char[]? output = null;
        for (var i = 0; i < name.Length; i++)
        {
            if (IsSpaceBeforePersianSuffix(name, i))
            {
                output ??= name.ToCharArray();
                output[i] = ZeroWidthNonJoiner;
            }
        }

        return output is null ? name : new string(output);
    }

    /// <summary>
    /// Whether the character at <paramref name="at"/> is a space between a word ending on ه and ای standing alone
    /// (with either yeh, or alif maqsura): one word, Persian's -e'i, typed without its zero-width non-joiner.
    /// </summary>
    public static bool IsSpaceBeforePersianSuffix(ReadOnlySpan<char> text, int at) =>
        at >= 2 && at + 2 < text.Length && text[at] == ' ' && text[at - 1] == Heh && IsArabicLetter(text[at - 2])
        && text[at + 1] == Alif && text[at + 2] is '\u06CC' or '\u064A' or '\u0649'
        && (at + 3 == text.Length || !IsArabicLetter(text[at + 3]));

    /// <summary>
    /// A word in Arabic letters as written, without what varies from hand to hand: vowel marks, the tatweel, the
    /// zero-width non-joiner; Persian's yeh and kaf as Arabic's, and the alif's hamza or madda. Alif maqsura and ta
    /// marbuta stay: على ("on") and علي (Ali) fold to the same Latin letters and are different words. A space is left
    /// out too, as in one word written apart (<see cref="IsSpaceBeforePersianSuffix"/>).
    /// </summary>
    public static string WrittenForm(ReadOnlySpan<char> word)
    {
        Span<char> output = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(output[..WriteWrittenForm(word, output)]);
    }

    /// <summary>Writes <see cref="WrittenForm"/> of the word into <paramref name="output"/> (as long as the word at least) and returns its length.</summary>
    internal static int WriteWrittenForm(ReadOnlySpan<char> word, Span<char> output)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c is '\u0640' or ZeroWidthNonJoiner or ' ' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            output[n++] = c switch
            {
                '\u06CC' => '\u064A',
                '\u06A9' => '\u0643',
                '\u0623' or '\u0625' or '\u0622' or '\u0671' => Alif,
                _ => c,
            };
        }

        return n;
    }

    /// <summary>Whether a folded word read from Arabic script is a kinship word ("bn", "abw") or "in" ("fy").</summary>
    public static bool IsParticle(string folded) => Particles.ContainsKey(folded);

    /// <summary>
    /// Folded tokens of a name written in Arabic script with its kinship words and "in" spelt as the lists spell them ("bn" =
    /// "bin", "abw" = "abu"); the same array when none is there.
    /// </summary>
    public static string[] SpellParticles(string[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        string[]? output = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Particles.TryGetValue(tokens[i], out var spelt))
            {
                output ??= (string[])tokens.Clone();
                output[i] = spelt;
            }
        }

        return output ?? tokens;
    }

    // Letters and marks of the Arabic blocks: a word's vowel marks (harakat) belong to it.
    private static bool IsArabicLetter(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') && (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
