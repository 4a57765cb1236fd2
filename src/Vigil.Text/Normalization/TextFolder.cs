using System.Globalization;
using System.Text;
using Vigil.Text.Transliteration;

namespace Vigil.Text.Normalization;

/// <summary>
/// Folds text for comparison: NFKC, transliteration to Latin, diacritics removed, lower case, and every run of
/// punctuation or space turned into one space. Apostrophes and dots inside words are dropped rather than split
/// ("O'Brien" = "obrien", "S.A." = "sa"), because lists and queries write them inconsistently.
/// Display text keeps its accents; only comparison uses the folded form.
/// </summary>
public static class TextFolder
{
    // Longer builders are let go rather than kept: a thread keeps at most this much for folding.
    private const int MostKeptCapacity = 1024;

    // One builder per thread, reused: an index build folds every listed name and a query folds each of its names.
    [ThreadStatic]
    private static StringBuilder? kept;

    /// <summary>Folds text into lower-case ASCII words separated by single spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        // Most list names are plain ASCII: no normalisation or transliteration needed.
        var decomposed = System.Text.Ascii.IsValid(text)
            ? text
            : LatinTransliterator.ToLatin(text.Normalize(NormalizationForm.FormKC)).Normalize(NormalizationForm.FormD);
        var sb = kept ?? new StringBuilder(decomposed.Length);
        kept = null;
        sb.Clear();
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Marks, and modifier letters transliteration leaves behind (ʿ ʹ ʺ), are spelling detail, not letters.
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ModifierLetter)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                AppendFolded(sb, c);
            }
            else if (IsJoiner(c))
            {
                // Dropped: "O'Brien" → "obrien", "S.A." → "sa".
            }
            else
            {
                pendingSpace = true;
            }
        }

        var folded = sb.ToString();
        if (sb.Capacity <= MostKeptCapacity)
        {
            kept = sb;
        }

        return folded;
    }

    // Also the zero-width (non-)joiners and the soft hyphen, which sit inside a word: Persian writes خامنه‌ای (Khamenei)
    // with a non-joiner before its ending, and a space there split the name into "khamnh" and "ay".
    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '.' or '\u02BC' or '\u02BB' or '\u200C' or '\u200D' or '\u00AD';

    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'ß':
                sb.Append("ss");
                return;
            case 'æ' or 'Æ':
                sb.Append("ae");
                return;
            case 'œ' or 'Œ':
                sb.Append("oe");
                return;
            case 'ø' or 'Ø':
                sb.Append('o');
                return;
            case 'đ' or 'Đ':
                sb.Append('d');
                return;
            case 'ł' or 'Ł':
                sb.Append('l');
                return;
            case 'ı':
                sb.Append('i');
                return;
            case 'þ' or 'Þ':
                sb.Append("th");
                return;
            default:
                sb.Append(char.ToLowerInvariant(c));
                return;
        }
    }
}
