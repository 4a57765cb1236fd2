namespace Vigil.Text.Transliteration;

/// <summary>
/// A folded word as German press spells a Russian or Ukrainian name (Duden transliteration), rewritten as the English
/// spellings of the lists write it: "tsch" is ch, "sch" sh, "ch" kh, "w" v, "j" y, and a double "s" between vowels one
/// ("Gerassimow" = GERASIMOV, "Jewgeni" = YEVGENI, "Wjatscheslaw" = VYACHESLAV, "Chodorkowski" = KHODORKOVSKI).
/// The rewrite is an extra spelling to look up, never a replacement: a German word stays itself.
/// </summary>
public static class GermanSpelling
{
    /// <summary>
    /// Writes the English spelling of <paramref name="word"/> into <paramref name="destination"/> (at least twice the
    /// word's length) and returns its length; 0 when the word has nothing German to rewrite.
    /// </summary>
    public static int WriteEnglish(ReadOnlySpan<char> word, Span<char> destination)
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
            else if (c == 's' && Follows(word, i + 1, "s") && i > 0 && IsVowel(word[i - 1]) && i + 2 < word.Length && IsVowel(word[i + 2]))
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

    private static bool Follows(ReadOnlySpan<char> word, int at, string text) => word[at..].StartsWith(text, StringComparison.Ordinal);

    private static int Put(Span<char> destination, int n, string text)
    {
        text.AsSpan().CopyTo(destination[n..]);
        return n + text.Length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
