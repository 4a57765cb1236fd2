namespace Vigil.Text.Phonetics;

/// <summary>
/// A consonant-skeleton phonetic key for folded Latin tokens, written for names transliterated from Spanish,
/// Arabic, Persian and Slavic languages as well as English: digraphs that transliteration systems disagree on
/// (kh/h, sh/sch/ch, ph/f, ts/tz/z, dj/j, an inner x/ks) collapse, 'h' and inner vowels vanish, doubled letters fold.
/// "Mohammed", "Muhammad" and "Mohamed" share the key "MMD"; "Qaeda" and "Qa'ida" share "KD".
/// </summary>
public static class PhoneticKey
{
    /// <summary>Maximum key length; longer keys add little and cost memory in the index.</summary>
    public const int MaxLength = 8;

    /// <summary>
    /// Writes the key of a folded lower-case ASCII token into <paramref name="destination"/> and returns its length.
    /// <paramref name="innerWIsVowel"/>: the token is read from a script that writes long vowels only, where a "w"
    /// after the first letter is most often the vowel u or o (محمود "mhmwd" is Mahmoud, يوسف "ywsf" Yusuf, نور "nwr"
    /// Nur), so it vanishes as the vowels do.
    /// </summary>
    public static int Write(ReadOnlySpan<char> token, Span<char> destination, bool innerWIsVowel = false) =>
        Write(token, destination, innerWIsVowel, zhe: false);

    /// <summary>
    /// Whether the token writes a sound that may be the Russian ж: "zh" as English and BGN spellings write it (not in
    /// "dzh", which is дж), or "sch" as German writes both ж and ш ("Prigoschin" for Prigozhin, "Scharow" for
    /// Zharov; not in "tsch", which is ч).
    /// </summary>
    public static bool HasZheSpelling(ReadOnlySpan<char> token)
    {
        for (var i = 0; i + 1 < token.Length; i++)
        {
            if ((token[i] == 'z' && token[i + 1] == 'h' && (i == 0 || token[i - 1] != 'd'))
                || (token[i] == 's' && token[i + 1] == 'c' && i + 2 < token.Length && token[i + 2] == 'h' && (i == 0 || token[i - 1] != 't')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The key with "zh" and "sch" both written Z (see <see cref="HasZheSpelling"/>): the plain key reads sch as sh
    /// and zh as the French j, so German "Prigoschin" shares no key with "Prigozhin"; this one it does, while
    /// "Sharov", written with neither, still does not share it with "Zharov". Empty when the token has no such
    /// spelling.
    /// </summary>
    public static string ZheKeyOf(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..WriteZheKey(token, buffer)]);
    }

    /// <summary>Writes <see cref="ZheKeyOf"/> into <paramref name="destination"/> and returns its length (0: none).</summary>
    public static int WriteZheKey(ReadOnlySpan<char> token, Span<char> destination) =>
        HasZheSpelling(token) ? Write(token, destination, innerWIsVowel: false, zhe: true) : 0;

    private static int Write(ReadOnlySpan<char> token, Span<char> destination, bool innerWIsVowel, bool zhe)
    {
        var n = 0;
        var last = '\0';
        for (var i = 0; i < token.Length && n < destination.Length && n < MaxLength; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            char mapped;
            var skip = 0;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y':
                    mapped = i == 0 ? 'A' : '\0';
                    break;
                case 'h':
                    mapped = i == 0 ? 'H' : '\0';
                    break;
                case 'c':
                    if (next == 'h')
                    {
                        mapped = 'S';
                        skip = 1;
                    }
                    else if (next is 'e' or 'i' or 'y')
                    {
                        mapped = 'S';
                    }
                    else
                    {
                        mapped = 'K';
                    }

                    break;
                case 's':
                    if (next == 'h')
                    {
                        skip = 1;
                    }
                    else if (next == 'c' && i + 2 < token.Length && token[i + 2] == 'h')
                    {
                        skip = 2;
                        mapped = zhe ? 'Z' : 'S';
                        break;
                    }

                    mapped = 'S';
                    break;
                case 'k':
                    mapped = next == 'h' ? 'H' : 'K';
                    skip = next == 'h' ? 1 : 0;
                    break;
                case 'g':
                    mapped = 'G';
                    skip = next == 'h' ? 1 : 0;
                    break;
                case 'p':
                    mapped = next == 'h' ? 'F' : 'P';
                    skip = next == 'h' ? 1 : 0;
                    break;
                case 't':
                    if (next is 's' or 'z')
                    {
                        mapped = 'S';
                        skip = 1;
                    }
                    else
                    {
                        mapped = 'T';
                        skip = next == 'h' ? 1 : 0;
                    }

                    break;
                case 'd':
                    if (next == 'j')
                    {
                        mapped = 'J';
                        skip = 1;
                    }
                    else if (next == 'z' && i + 2 < token.Length && token[i + 2] == 'h')
                    {
                        mapped = 'J';
                        skip = 2;
                    }
                    else
                    {
                        mapped = 'T';
                        skip = next == 'h' ? 1 : 0;
                    }

                    break;
                case 'z':
                    mapped = next == 'h' ? (zhe ? 'Z' : 'J') : 'S';
                    skip = next == 'h' ? 1 : 0;
                    break;
                case 'q':
                    mapped = 'K';
                    break;
                case 'x':
                    // Within a word x is "ks", as Russian and other transliterations write it ("Maxim" / "Maksim",
                    // "Oxana" / "Oksana"), and so is a first x before e ("Xenia" / "Kseniya": pinyin writes x only
                    // before i and u, though English may respell its i as ee, "Xeeng"); any other first x is left as
                    // S (Chinese "Xi", Spanish and Catalan names).
                    var firstBeforeE = next == 'e' && (i + 2 >= token.Length || token[i + 2] != 'e');
                    if ((i > 0 || firstBeforeE) && last != 'K' && n + 1 < MaxLength && n + 1 < destination.Length)
                    {
                        destination[n++] = 'K';
                        last = 'K';
                    }

                    mapped = 'S';
                    break;
                case 'v' or 'w' or 'f':
                    mapped = c == 'w' && innerWIsVowel && i > 0 ? '\0' : 'F';
                    break;
                case 'b':
                    mapped = 'P';
                    break;
                case 'j':
                    mapped = 'J';
                    break;
                default:
                    mapped = char.IsAsciiLetter(c) ? char.ToUpperInvariant(c) : (char.IsAsciiDigit(c) ? c : '\0');
                    break;
            }

            i += skip;
            if (mapped != '\0' && mapped != last)
            {
                destination[n++] = mapped;
            }

            if (mapped != '\0')
            {
                last = mapped;
            }
        }

        return n;
    }

    /// <summary>The key as a string (allocates; for index building and explanations).</summary>
    public static string Of(ReadOnlySpan<char> token, bool innerWIsVowel = false)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var n = Write(token, buffer, innerWIsVowel);
        return new string(buffer[..n]);
    }
}
