using System.Buffers;
using System.Text;
using Vigil.Text.Names;
using Vigil.Text.Normalization;
using Vigil.Text.Transliteration;

namespace Vigil.Screening.Text;

/// <summary>
/// Splits running text into words with their offsets in the original and their folded forms. Joins what folding
/// joins ("O'Brien", "C.A."), strips possessives ("Maduro's" → "Maduro"), mends words hyphenated across a line
/// break ("Biome-\ntricas"), and records what separates each word from the last so that names are never read across
/// a comma, quote or sentence end.
/// </summary>
internal static class TextTokenizer
{
    // "Hong Kong-based": the word after a hyphen that makes a place an adjective.
    private const string Based = "based";

    // Every Cyrillic letter, as the romanizer tells them: a word holding one is marked, for the Russian and Ukrainian
    // vocabulary (TextToken.Cyrillic).
    private static readonly SearchValues<char> CyrillicLetters =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(CyrillicRomanizer.IsCyrillic)]);

    // The Arabic blocks, for the Arabic vocabulary (TextToken.Arabic).
    private static readonly SearchValues<char> ArabicLetters =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(ArabicScriptNames.IsArabic)]);

    public static List<TextToken> Tokenise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextToken>(text.Length / 5);
        var folded = new StringBuilder(32);
        var gap = TextGap.Sentence;
        var lastDotted = false;
        var placeClosesAt = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                // "Leader (Hong Kong) International Trading Limited": a place in brackets inside a name is a word of it.
                if (c == '(' && gap == TextGap.None && tokens.Count > 0 && PlaceInBrackets(text, i) is > 0 and var close)
                {
                    placeClosesAt = close;
                    i++;
                    continue;
                }

                // "Hong Kong-based Huaxin Shipping": where the name that follows is, no word of it.
                if (IsHyphen(c) && i > 0 && char.IsLetterOrDigit(text[i - 1]) && IsBasedAfter(text, i + 1))
                {
                    gap = TextGap.Soft;
                    i += 1 + Based.Length;
                    continue;
                }

                var here = i == placeClosesAt ? TextGap.None : GapAt(text, i, tokens, lastDotted);
                if (here > gap)
                {
                    gap = here;
                }

                i++;
                continue;
            }

            var start = i;
            var end = ReadWord(text, ref i, folded, out var slow, out var shape, out var innerDot);
            var word = slow ? TokenFolder.FoldSlow(text.AsSpan(start, end - start)) : folded.ToString();
            if (word.Length > 0)
            {
                var cyrillic = slow && text.AsSpan(start, end - start).ContainsAny(CyrillicLetters);
                var arabic = slow && !cyrillic && text.AsSpan(start, end - start).ContainsAny(ArabicLetters);
                var written = arabic ? ArabicScriptNames.WrittenForm(text.AsSpan(start, end - start)) : null;
                tokens.Add(new TextToken(start, end, word, shape, gap, cyrillic, arabic, written));

                // A possessive ends the name: "Prigozhin's Wagner Group" is two names.
                gap = i > end ? TextGap.Soft : TextGap.None;

                // Letters joined by dots ("C.A", "EE.UU"): a dot after them abbreviates, it does not end a sentence.
                lastDotted = innerDot;
            }
        }

        return tokens;
    }

    private static int ReadWord(string text, ref int i, StringBuilder folded, out bool slow, out TokenShape shape, out bool innerDot)
    {
        folded.Clear();
        slow = false;
        innerDot = false;
        var upper = 0;
        var lower = 0;
        var uncased = 0;
        var firstLetterUpper = (bool?)null;
        var end = i;
        while (true)
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || TokenFolder.IsCombiningMark(text[i]) || IsArabicVowelMark(text[i])))
            {
                var c = text[i];
                if (char.IsLetter(c))
                {
                    if (char.IsUpper(c))
                    {
                        upper++;
                        firstLetterUpper ??= true;
                    }
                    else if (char.IsLower(c))
                    {
                        lower++;
                        firstLetterUpper ??= false;
                    }
                    else
                    {
                        uncased++;
                    }
                }

                if (TokenFolder.IsTabled(c))
                {
                    TokenFolder.Append(folded, c);
                }
                else
                {
                    slow = true;
                }

                i++;
            }

            end = i;
            if (i + 1 >= text.Length)
            {
                break;
            }

            var d = text[i];
            var next = text[i + 1];
            if (IsApostrophe(d) && char.IsLetter(next))
            {
                if (next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    // Possessive: the name ends before the apostrophe.
                    i += 2;
                    break;
                }

                i++;
                continue;
            }

            if (d == '.' && char.IsLetter(next))
            {
                innerDot = true;
                i++;
                continue;
            }

            // Persian writes a suffix onto its word with a zero-width non-joiner (خامنه‌ای, Khamenei), or, typed without
            // one, with a space (خامنه ای): either way one word.
            if ((d == '\u200C' && ArabicScriptNames.IsArabic(next) && ArabicScriptNames.IsArabic(text[i - 1])) || ArabicScriptNames.IsSpaceBeforePersianSuffix(text, i))
            {
                slow = true;
                i++;
                continue;
            }

            // A soft hyphen only marks where a word may break: it is not there.
            if (d == '\u00AD' && char.IsLetter(next))
            {
                i++;
                continue;
            }

            if (d is '-' or '\u00AD' && TrySkipLineBreakHyphen(text, i, out var resume))
            {
                i = resume;
                continue;
            }

            break;
        }

        shape = upper + lower + uncased == 0 ? TokenShape.Number
            : firstLetterUpper == true && lower == 0 && upper >= 2 ? TokenShape.AllCaps
            : firstLetterUpper == true ? TokenShape.Capitalised
            : upper == 0 && lower == 0 ? TokenShape.Uncased
            : TokenShape.Lower;
        return end;
    }

    /// <summary>
    /// A vowel mark of Arabic letters (fatha, shadda, sukun...): part of its word, which it splits otherwise (مُحَمَّد was
    /// five words); read as the vowel it marks, as name screening reads it.
    /// </summary>
    private static bool IsArabicVowelMark(char c) =>
        ArabicScriptNames.IsArabic(c) && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>A hyphen that ends a line and is followed by a lower-case continuation joins the two halves of one word.</summary>
    private static bool TrySkipLineBreakHyphen(string text, int hyphen, out int resume)
    {
        resume = hyphen;
        var j = hyphen + 1;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j < text.Length && text[j] == '\r')
        {
            j++;
        }

        if (j >= text.Length || text[j] != '\n')
        {
            return false;
        }

        j++;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j < text.Length && char.IsLower(text[j]))
        {
            resume = j;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The position of the bracket closing the one at <paramref name="open"/> when all it holds is a place where a
    /// company trades (<see cref="WordLists.IsPlace"/>: "(Hong Kong)", "(HK)", "(Shenzhen)") and the name goes on
    /// after it, else -1.
    /// </summary>
    private static int PlaceInBrackets(string text, int open)
    {
        const int Longest = 24;
        var close = text.IndexOf(')', open + 1, Math.Min(Longest, text.Length - open - 1));
        if (close < 0)
        {
            return -1;
        }

        var inner = text.AsSpan(open + 1, close - open - 1);
        foreach (var c in inner)
        {
            if (!char.IsLetter(c) && c != ' ')
            {
                return -1;
            }
        }

        // Inside the name only: a capitalised word goes on after it ("Sberbank (Moscow) said" ends the name).
        var next = close + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next == close + 1 || next == text.Length || !char.IsUpper(text[next]))
        {
            return -1;
        }

        var words = Abbreviations.Expand(TextFolder.Fold(inner.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words.Length > 0 && Array.TrueForAll(words, WordLists.IsPlace) ? close : -1;
    }

    private static TextGap GapAt(string text, int i, List<TextToken> tokens, bool lastDotted)
    {
        var c = text[i];
        switch (c)
        {
            case '\n':
                return IsParagraphBreak(text, i) ? TextGap.Sentence : TextGap.None;
            case ' ' or '\t' or '\r' or '\u00A0' or '&' or '\u00AD':
                return TextGap.None;
            case var hyphen when IsHyphen(hyphen):
                // "Ex-Cle" joins; a hyphen standing between spaces is a dash.
                return i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) ? TextGap.None : TextGap.Soft;
            case '.':
                return IsAbbreviationDot(text, i, tokens, lastDotted) ? TextGap.None : TextGap.Sentence;
            case '!' or '?' or '\u2026':
                return TextGap.Sentence;
            default:
                return IsApostrophe(c) && i > 0 && char.IsLetter(text[i - 1]) ? TextGap.None : TextGap.Soft;
        }
    }

    /// <summary>Whether the word at <paramref name="at"/> is "based" ("Moscow-based", "Hong Kong-based").</summary>
    private static bool IsBasedAfter(string text, int at) =>
        text.AsSpan(at).StartsWith(Based, StringComparison.OrdinalIgnoreCase) && (at + Based.Length == text.Length || !char.IsLetterOrDigit(text[at + Based.Length]));

    private static bool IsParagraphBreak(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            switch (text[j])
            {
                case '\n':
                    return true;
                case ' ' or '\t' or '\r':
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>A dot right after an initial ("M."), a dotted abbreviation ("C.A.") or a short title ("Mr.") does not end a sentence.</summary>
    private static bool IsAbbreviationDot(string text, int i, List<TextToken> tokens, bool lastDotted)
    {
        if (tokens.Count == 0 || i == 0 || !char.IsLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        var last = tokens[^1];
        if (last.End != i)
        {
            return false;
        }

        return (last.Folded.Length == 1 && last.Shape != TokenShape.Number)
            || (lastDotted && HasShortParts(text.AsSpan(last.Start, last.End - last.Start)))
            || last.Folded is "mr" or "mrs" or "ms" or "dr" or "sr" or "sra" or "st" or "jr" or "co" or "inc" or "ltd" or "corp" or "no";
    }

    /// <summary>
    /// Whether every part of a dotted word has one or two letters ("C.A", "J.P", "EE.UU"): such a word abbreviates, and a
    /// dot after it does not end the sentence. A dotted name of longer parts ("VEB.RF") ends where its sentence does.
    /// </summary>
    private static bool HasShortParts(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
        {
            if (word[range].Length > 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hyphen: ASCII, or the Unicode hyphen and non-breaking hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
