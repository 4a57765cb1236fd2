using System.Text;
using ICU4N.Text;

namespace Vigil.Text.Transliteration;

/// <summary>
/// Turns any script into plain ASCII Latin with ICU's "Any-Latin; Latin-ASCII" rules, so that
/// "Владимир Путин" becomes "Vladimir Putin". ICU transliterators are not thread-safe, so each thread gets its own.
/// </summary>
public static class LatinTransliterator
{
    private const string Rules = "Any-Latin; Latin-ASCII";

    [ThreadStatic]
    private static Transliterator? perThread;

    /// <summary>True when the text holds a letter outside Basic Latin and Latin-1/Extended-A/B (which folding handles alone).</summary>
    public static bool NeedsTransliteration(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0250' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Transliterates the text to ASCII Latin. Text already in Latin script is returned unchanged.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsTransliteration(text))
        {
            return text;
        }

        perThread ??= Transliterator.GetInstance(Rules);
        return perThread.Transliterate(text.Normalize(NormalizationForm.FormC));
    }
}
