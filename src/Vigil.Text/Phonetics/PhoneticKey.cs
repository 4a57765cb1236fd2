namespace Vigil.Text.Phonetics;

/// <summary>
/// A consonant-skeleton phonetic key for folded Latin tokens, written for names transliterated from Spanish,
/// Arabic, Persian and Slavic languages as well as English: digraphs that transliteration systems disagree on
/// (kh/h, sh/sch/ch, ph/f, ts/tz/z, dj/j) collapse, 'h' and inner vowels vanish, doubled letters fold.
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
    public static int Write(ReadOnlySpan<char> token, Span<char> destination, bool innerWIsVowel = false)
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
                    mapped = next == 'h' ? 'J' : 'S';
                    skip = next == 'h' ? 1 : 0;
                    break;
                case 'q':
                    mapped = 'K';
                    break;
                case 'x':
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
