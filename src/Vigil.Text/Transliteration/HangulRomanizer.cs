using System.Text;

namespace Vigil.Text.Transliteration;

/// <summary>
/// Romanises Korean Hangul syllable by syllable, as sanctions lists write Korean names: each syllable a word of its
/// own ("김정은" → "kim jeong eun", listed "KIM, Jong Un"), consonants as the DPRK's and the older McCune-Reischauer
/// spellings write them (ㄱ k, ㄷ t, ㅂ p, ㄹ r, ㅊ ch: "Kim", "Pak", "Ri", "Choe", "Chol"), vowels as the Revised
/// Romanization does (ㅓ eo, ㅡ eu), so that two different syllables never read alike (정 "jeong" / 종 "jong").
/// ICU's Hangul-Latin writes a name as one word in the revised system ("gimjeong-eun"), which matches no listed
/// spelling. The mapping is Unicode's arithmetic decomposition of a syllable block into its three letters.
/// </summary>
public static class HangulRomanizer
{
    private const int First = 0xAC00;
    private const int Last = 0xD7A3;
    private const int Vowels = 21;
    private const int Finals = 28;

    private static readonly string[] Initial =
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"];

    private static readonly string[] Medial =
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    // A final consonant as it sounds at the end of a syllable.
    private static readonly string[] Final =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>True when the text holds a Hangul syllable block.</summary>
    public static bool HasSyllables(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSyllable(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text with every Hangul syllable replaced by its romanisation, set apart from its neighbours by spaces;
    /// everything else is kept as it is.
    /// </summary>
    public static string Romanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length * 4);
        var previousWasSyllable = false;
        foreach (var c in text)
        {
            if (!IsSyllable(c))
            {
                if (previousWasSyllable && char.IsLetterOrDigit(c))
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                previousWasSyllable = false;
                continue;
            }

            if (sb.Length > 0 && (previousWasSyllable || char.IsLetterOrDigit(sb[^1])))
            {
                sb.Append(' ');
            }

            var index = c - First;
            sb.Append(Initial[index / (Vowels * Finals)])
                .Append(Medial[index % (Vowels * Finals) / Finals])
                .Append(Final[index % Finals]);
            previousWasSyllable = true;
        }

        return sb.ToString();
    }

    private static bool IsSyllable(char c) => c is >= (char)First and <= (char)Last;
}
