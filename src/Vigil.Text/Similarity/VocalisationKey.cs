namespace Vigil.Text.Similarity;

/// <summary>
/// A blocking key for <see cref="Vocalisation.Writes"/>: a Latin spelling that writes a reading from Arabic or Persian
/// script has one of its keys equal to the reading's, so the few Latin words that may write a reading are found by
/// key and only those are tested. Free text in Arabic letters has no capitals to say where a name is; its words are
/// looked up among the listed words this way ("مادورو", madwrw, finds MADURO).
/// </summary>
/// <remarks>
/// The key is the word's consonants by class, vowels and the letters that stand for them (w, y) left out, and h (a
/// letter of its own, or of a pair: kh, sh, th, ph; a spelling may leave a final one unwritten), a run of one class
/// counted once: every spelling <see cref="Vocalisation"/> allows for a letter lies in that letter's class
/// (q as k, c or g; th as s or t; dh as z or d). A Latin letter of two classes (c as k or s, x as kh or ks, j as ج or
/// ي, v as ف or و, an opening p as ف or ب, the z of zh as ز or ج) gives a key for each, up to
/// <see cref="MaxLatinKeys"/>. A Latin word ending in a vowel and t (the -at of a ة) has a key without that t too.
/// </remarks>
public static class VocalisationKey
{
    /// <summary>The most keys one Latin word gives (<see cref="OfLatin"/> says when a word has more).</summary>
    public const int MaxLatinKeys = 8;

    /// <summary>The shortest key looked up: one class alone is written by too many words.</summary>
    public const int MinKeyLength = 2;

    private const int MaxLength = 32;

    /// <summary>The key of a reading (a folded word read from a script without short vowels), or empty when too short.</summary>
    public static string OfReading(ReadOnlySpan<char> reading)
    {
        if (reading.Length < Vocalisation.MinReading || reading.Length > MaxLength)
        {
            return string.Empty;
        }

        Span<char> key = stackalloc char[reading.Length];
        var n = 0;
        foreach (var c in reading)
        {
            n = Append(key, n, ReadingClass(c));
        }

        return n >= MinKeyLength ? new string(key[..n]) : string.Empty;
    }

    /// <summary>
    /// Adds the keys of a folded Latin word to <paramref name="keys"/> (none when it is too long or has no two classes).
    /// False when the word has more than <see cref="MaxLatinKeys"/>: only some are added, and a caller must treat the
    /// word as having every key (a word of many letters of two classes, which few listed words are).
    /// </summary>
    public static bool OfLatin(ReadOnlySpan<char> latin, List<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (latin.Length < MinKeyLength || latin.Length > 2 * MaxLength)
        {
            return true;
        }

        var first = keys.Count;
        var complete = true;
        Span<char> key = stackalloc char[2 * latin.Length];
        Walk(latin, 0, key, 0, keys, first, ref complete);

        // "-at", the ة a reading may leave as a vowel: the key of the word without its t.
        if (latin.Length > 2 && latin[^1] == 't' && IsVowel(latin[^2]))
        {
            Walk(latin[..^1], 0, key, 0, keys, first, ref complete);
        }

        return complete;
    }

    /// <summary>
    /// Writes the keys of the word from letter i on after the <paramref name="n"/> classes written: depth first, so each
    /// branch rewrites the key only from where it parts from the others. Stops once there are more than allowed.
    /// </summary>
    private static void Walk(ReadOnlySpan<char> latin, int i, Span<char> key, int n, List<string> keys, int first, ref bool complete)
    {
        for (; i < latin.Length && complete; i++)
        {
            var (one, other) = LatinClasses(latin, i);
            if (other is not null)
            {
                Walk(latin, i + 1, key, AppendAll(key, n, other), keys, first, ref complete);
            }

            n = Append(key, n, one);
        }

        if (!complete || n < MinKeyLength || keys.Contains(key[..n], first))
        {
            return;
        }

        if (keys.Count - first == MaxLatinKeys)
        {
            complete = false;
            return;
        }

        keys.Add(new string(key[..n]));
    }

    private static bool Contains(this List<string> keys, ReadOnlySpan<char> key, int first)
    {
        for (var k = first; k < keys.Count; k++)
        {
            if (key.SequenceEqual(keys[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static int AppendAll(Span<char> key, int n, string classes)
    {
        foreach (var c in classes)
        {
            n = Append(key, n, c);
        }

        return n;
    }

    /// <summary>Appends a class unless it is none ('\0') or the class just written.</summary>
    private static int Append(Span<char> key, int n, char cls)
    {
        if (cls == '\0' || (n > 0 && key[n - 1] == cls))
        {
            return n;
        }

        key[n] = cls;
        return n + 1;
    }

    private static char ReadingClass(char c) => c switch
    {
        'k' or 'q' or 'g' or 'j' or 'x' => 'k',
        't' or 'd' or 'z' or 's' or 'c' => 't',
        'f' or 'p' or 'v' => 'f',
        'b' or 'l' or 'm' or 'n' or 'r' => c,
        _ => '\0',
    };

    /// <summary>
    /// The class Latin letter i writes ('\0' for none), and the classes it may write instead (null when none). A letter
    /// of one class writes the class a reading's letter has.
    /// </summary>
    private static (char One, string? Other) LatinClasses(ReadOnlySpan<char> latin, int i) => latin[i] switch
    {
        // "dj" may write ج alone (Djamel).
        'd' when i + 1 < latin.Length && latin[i + 1] == 'j' => ('\0', "t"),
        'c' => ('k', "t"),
        'x' => ('k', "kt"),
        'j' => ('k', ""),
        'v' => ('f', ""),

        // "zh" may write ج (Prigozhin, بريغوجين).
        'z' => ('t', i + 1 < latin.Length && latin[i + 1] == 'h' ? "k" : null),
        'p' => ('f', i == 0 ? "b" : null),
        _ => (ReadingClass(latin[i]), null),
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
