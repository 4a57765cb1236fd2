namespace Vigil.Text.Transliteration;

/// <summary>
/// A folded word as German or French press spells a Russian or Ukrainian name, rewritten as the English spellings of
/// the lists write it. The rewrite is an extra spelling to look up, never a replacement: a German or French word stays
/// itself.
/// </summary>
public static class EnglishSpelling
{
    /// <summary>
    /// Writes the English spelling of a word written the German way (Duden transliteration) into <paramref
    /// name="destination"/> (at least twice the word's length) and returns its length, 0 when the word has nothing
    /// German to rewrite: "tsch" is ch, "sch" sh, "ch" kh, "w" v, "j" y, and a double "s" between vowels one
    /// ("Gerassimow" = GERASIMOV, "Jewgeni" = YEVGENI, "Wjatscheslaw" = VYACHESLAV, "Chodorkowski" = KHODORKOVSKI).
    /// </summary>
    public static int FromGerman(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        var changed = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == 't' && Follows(word, i + 1, "sch"))
            {
                n = Put(destination, n, "ch");
                i += 3;
                changed = true;
            }
            else if (c == 's' && Follows(word, i + 1, "ch"))
            {
                n = Put(destination, n, "sh");
                i += 2;
                changed = true;
            }
            else if (c == 'c' && Follows(word, i + 1, "h"))
            {
                n = Put(destination, n, "kh");
                i += 1;
                changed = true;
            }
            else if (IsDoubleSBetweenVowels(word, i))
            {
                destination[n++] = 's';
                i += 1;
                changed = true;
            }
            else if (c is 'w' or 'j')
            {
                destination[n++] = c == 'w' ? 'v' : 'y';
                changed = true;
            }
            else
            {
                destination[n++] = c;
            }
        }

        return changed ? n : 0;
    }

    /// <summary>
    /// The same for a word written the French way: "tch" is ch, "ch" sh, "ou" u, "j" zh, "gu" before e or i g, a double
    /// "s" between vowels one, and the ending "ine" is "in" ("Poutine" = PUTIN, "Choïgou" = SHOIGU, "Prigojine" =
    /// PRIGOZHIN, "Evgueni" = EVGENI).
    /// </summary>
    public static int FromFrench(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        var changed = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (c == 't' && Follows(word, i + 1, "ch"))
            {
                n = Put(destination, n, "ch");
                i += 2;
            }
            else if (c == 'c' && next == 'h')
            {
                n = Put(destination, n, "sh");
                i += 1;
            }
            else if (c == 'o' && next == 'u')
            {
                destination[n++] = 'u';
                i += 1;
            }
            else if (c == 'j')
            {
                n = Put(destination, n, "zh");
            }
            else if (c == 'g' && next == 'u' && i + 2 < word.Length && word[i + 2] is 'e' or 'i' or 'y')
            {
                destination[n++] = 'g';
                i += 1;
            }
            else if (IsDoubleSBetweenVowels(word, i))
            {
                destination[n++] = 's';
                i += 1;
            }
            else if (c == 'e' && i == word.Length - 1 && word.Length > 4 && word.EndsWith("ine", StringComparison.Ordinal))
            {
                // The silent final e of "Poutine", "Outkine", "Michoustine": French writes the ending -in so.
            }
            else
            {
                destination[n++] = c;
                continue;
            }

            changed = true;
        }

        return changed ? n : 0;
    }

    /// <summary>"ss" at <paramref name="i"/> between two vowels ("Gerassimow", "Guerassimov"): one s in English spellings.</summary>
    private static bool IsDoubleSBetweenVowels(ReadOnlySpan<char> word, int i) =>
        word[i] == 's' && Follows(word, i + 1, "s") && i > 0 && IsVowel(word[i - 1]) && i + 2 < word.Length && IsVowel(word[i + 2]);

    private static bool Follows(ReadOnlySpan<char> word, int at, string text) => word[at..].StartsWith(text, StringComparison.Ordinal);

    private static int Put(Span<char> destination, int n, string text)
    {
        text.AsSpan().CopyTo(destination[n..]);
        return n + text.Length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
