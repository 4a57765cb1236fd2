namespace Vigil.Text.Similarity;

/// <summary>
/// Whether two words are one typing slip apart once the spellings English gives one sound are read alike: "Bnak" /
/// "Bank" (two letters swapped), "Oonity" / "Unity", "Phorex" / "Forex", "Eeran" / "Iran", "Zhihad" / "Jihad" (the
/// Russian ж). Two different words that only sound alike part here: "China" / "Sina", "Romano" / "Raman".
/// </summary>
public static class Respelling
{
    /// <summary>The longest word read again; a longer one is compared only as written.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> (folded, lower case) are equal, or one insertion,
    /// deletion, substitution or swap of two adjacent letters apart, as written or after "ph" is read as "f", "oo" and
    /// "ou" as "u", "ee" as "i", and "zh" and "dzh" as "j".
    /// </summary>
    public static bool WithinOneSlip(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => AtMostOneSlip(a, b) || RespeltAlike(a, b, slip: true);

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are the same word once respelt as <see cref="WithinOneSlip"/>
    /// reads them ("eetg" / "itg", "pphc" / "pfc"): a short code written the English way, not another code one letter off.
    /// </summary>
    public static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.SequenceEqual(b) || RespeltAlike(a, b, slip: false);

    /// <summary>Whether the two words, respelt, are equal or (<paramref name="slip"/>) at most one slip apart.</summary>
    private static bool RespeltAlike(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool slip)
    {
        // No listed word is this long: it is not read again.
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return false;
        }

        Span<char> x = stackalloc char[MaxLength];
        Span<char> y = stackalloc char[MaxLength];
        var ra = x[..Read(a, x)];
        var rb = y[..Read(b, y)];
        return slip ? AtMostOneSlip(ra, rb) : ra.SequenceEqual(rb);
    }

    /// <summary>
    /// Writes the word as <see cref="Same"/> reads it into <paramref name="into"/> (of <see cref="MaxLength"/> or more)
    /// and returns its length, or -1 for a word longer than <see cref="MaxLength"/>: two words of which one is -1 are
    /// never the same once respelt. For a word compared with many (each once read), not for one pair.
    /// </summary>
    public static int Reading(ReadOnlySpan<char> word, Span<char> into) => word.Length > MaxLength ? -1 : Read(word, into);

    private static int Read(ReadOnlySpan<char> word, Span<char> into)
    {
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            var after = i + 2 < word.Length ? word[i + 2] : '\0';
            switch (word[i], next)
            {
                case ('d', 'z') when after == 'h':
                    into[n++] = 'j';
                    i += 2;
                    break;
                case ('z', 'h'):
                    into[n++] = 'j';
                    i++;
                    break;
                case ('p', 'h'):
                    into[n++] = 'f';
                    i++;
                    break;
                case ('o', 'o' or 'u'):
                    into[n++] = 'u';
                    i++;
                    break;
                case ('e', 'e'):
                    into[n++] = 'i';
                    i++;
                    break;
                default:
                    into[n++] = word[i];
                    break;
            }
        }

        return n;
    }

    /// <summary>
    /// True when the two are equal, or one letter changed, added or left out, or two neighbouring letters swapped, as
    /// written (no respelling).
    /// </summary>
    internal static bool AtMostOneSlip(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = a.CommonPrefixLength(b);
        if (i == Math.Min(a.Length, b.Length))
        {
            return true;
        }

        if (a.Length > b.Length)
        {
            return a[(i + 1)..].SequenceEqual(b[i..]);
        }

        if (b.Length > a.Length)
        {
            return a[i..].SequenceEqual(b[(i + 1)..]);
        }

        return a[(i + 1)..].SequenceEqual(b[(i + 1)..])
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]));
    }
}
