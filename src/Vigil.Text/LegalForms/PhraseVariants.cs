using System.Collections.Frozen;

namespace Vigil.Text.LegalForms;

/// <summary>
/// Legal-form phrases of several words as lists and customers actually write them: one long word misspelt
/// ("OBSHCHESTVO S ORGANICHENNOI OTVETSTVENNOSTYU"), one slip in a shorter word of a longer phrase ("OPEN JOINT STOKC
/// COMPANY"), a word respelt as a transliteration writes it ("ZHOINT STOCK", "LIABEELITY"), or its words in another
/// order, sixteen letters at least ("LIMITED COMPANY LIABILITY", "OBSHCHESTVO AKTSIONERNOE"). The intact words around
/// the change show that the phrase is a legal form; a phrase that is itself a name's only words is never read (the
/// caller leaves one word at least).
/// </summary>
internal sealed class PhraseVariants
{
    /// <summary>Shortest word of a two-word phrase that may be read misspelt: shorter words are too near other words.</summary>
    private const int MinMisspeltLength = 7;

    /// <summary>
    /// The same in a phrase of three words or more, whose two intact words leave little doubt: one slip of the keyboard
    /// in a shorter word ("OPEN JOINT STOKC COMPANY").
    /// </summary>
    private const int MinMisspeltLengthInLongPhrase = 4;

    /// <summary>The same in a phrase of two words whose other word has <see cref="MinMisspeltLength"/> letters or more.</summary>
    private const int MinMisspeltLengthBesideALongWord = 5;

    /// <summary>
    /// The same for the very last word of a name, after the phrase's other words intact: one slip in a short word
    /// ("CO., LTDH", "CO. LTHD"), where nothing but a form is left to be misspelt.
    /// </summary>
    private const int MinMisspeltLengthLast = 3;

    /// <summary>Fewest letters of a phrase read in another order: initials ("c v s a") fall into other orders by chance.</summary>
    private const int MinRegroupedLetters = 16;

    /// <summary>Slots of the hash filters below: a power of two, about ten times the keys.</summary>
    private const int FilterSize = 1 << 14;

    private readonly FrozenDictionary<string, Fill[]> misspelt;
    private readonly FrozenDictionary<string, string> regrouped;
    private readonly FrozenSet<string> words;

    // Hashes of the keys above, made from the words without joining them: most ranges tried miss, and a miss is then
    // told without building a string (a slot that is set only sends the range on to the real lookup).
    private readonly bool[] misspeltFilter = new bool[FilterSize];
    private readonly bool[] regroupedFilter = new bool[FilterSize];

    /// <summary>Builds the variants of the given phrases (folded spelling to code).</summary>
    public PhraseVariants(IReadOnlyDictionary<string, string> byPhrase)
    {
        var gaps = new Dictionary<string, List<Fill>>(StringComparer.Ordinal);
        var sorted = new Dictionary<string, string?>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, code) in byPhrase)
        {
            var parts = phrase.Split(' ');
            if (parts.Length < 2)
            {
                continue;
            }

            all.UnionWith(parts);
            for (var k = 0; k < parts.Length; k++)
            {
                // A word too short for a slip (MayHaveSlip) is read respelt ("zhoint stock"), or slipped as a name's last.
                if (parts[k].Length >= MinMisspeltLengthLast)
                {
                    var key = string.Join(' ', parts.Select((word, i) => i == k ? "*" : word));
                    if (!gaps.TryGetValue(key, out var fills))
                    {
                        gaps[key] = fills = [];
                    }

                    fills.Add(new Fill(parts[k], code, MayHaveSlip(parts, k)));
                }
            }

            // Shortened phrases are not read: leaving out a word changes the form ("corporation limited" is not
            // "limited liability corporation"). Its words in another order are, sixteen letters at least: two long
            // words too ("OBSHCHESTVO AKTSIONERNOE"); shorter ones fall into other orders by chance ("stock joint").
            AddRegrouped(sorted, parts, code);
        }

        misspelt = gaps.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);

        // Words two forms share in some order name neither; nor do words whose sorted order is a phrase of another
        // form as written (sorted, "aktsionernoe obshchestvo" is its own phrase, and its words in either order are it).
        regrouped = sorted.Where(r => r.Value is not null && (!byPhrase.TryGetValue(r.Key, out var written) || written == r.Value)).ToFrozenDictionary(r => r.Key, r => r.Value!, StringComparer.Ordinal);
        words = all.ToFrozenSet(StringComparer.Ordinal);
        foreach (var key in misspelt.Keys)
        {
            var parts = key.Split(' ');
            misspeltFilter[GapHash(parts, 0, parts.Length, Array.IndexOf(parts, "*")) & (FilterSize - 1)] = true;
        }

        foreach (var key in regrouped.Keys)
        {
            var parts = key.Split(' ');
            regroupedFilter[BagHash(parts, 0, parts.Length) & (FilterSize - 1)] = true;
        }
    }

    /// <summary>
    /// Reads tokens[from..to] (two tokens or more) as a variant of a phrase; returns its code. A misspelt word must be
    /// one slip from the phrase's (<see cref="OneSlipApart"/>), or, from seven letters, within one edit (two from ten
    /// letters), or the phrase's respelt as a transliteration writes it (<see cref="Similarity.Respelling.Same"/>:
    /// "zhoint", "liabeelity"); as the name's last word, a short word one slip off ("co ltdh"). Every other word must be
    /// exactly the phrase's.
    /// </summary>
    public bool TryRead(IReadOnlyList<string> tokens, ReadOnlySpan<bool> known, int from, int to, out string code)
    {
        code = string.Empty;
        if (to - from < 2)
        {
            return false;
        }

        // Every word but a misspelt one is a phrase word (known[i], <see cref="IsPhraseWord"/>): most names fail here,
        // before any string is made.
        var gap = -1;
        var letters = 0;
        for (var i = from; i < to; i++)
        {
            letters += tokens[i].Length;
            if (!known[i])
            {
                if (gap >= 0)
                {
                    return false;
                }

                gap = i;
            }
        }

        if (gap >= 0)
        {
            return TryMisspelt(tokens, from, to, gap, out code);
        }

        // A misspelling may itself be a word of another phrase ("obschestvo", as in "aktsionernoe obschestvo").
        if (TryRegrouped(tokens, from, to, letters, out code))
        {
            return true;
        }

        for (var k = from; k < to; k++)
        {
            if (TryMisspelt(tokens, from, to, k, out code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether word k of a phrase may be read with a slip: from seven letters in a phrase of two words, four in a
    /// longer one; or from five beside a word of seven ("aknonim sirketi"), whose length leaves the phrase no doubt.
    /// </summary>
    private static bool MayHaveSlip(string[] parts, int k) =>
        parts[k].Length >= (parts.Length >= 3 ? MinMisspeltLengthInLongPhrase : MinMisspeltLength)
        || (parts.Length == 2 && parts[k].Length >= MinMisspeltLengthBesideALongWord && parts[1 - k].Length >= MinMisspeltLength);

    /// <summary>Whether the word is a word of some phrase of several words.</summary>
    public bool IsPhraseWord(string word) => words.Contains(word);

    /// <summary>
    /// Whether b is a with one letter changed, added or left out, or two neighbouring letters swapped ("stock" /
    /// "stokc"); a swap is one slip, where an edit distance counts two.
    /// </summary>
    internal static bool OneSlipApart(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal) && Similarity.Respelling.AtMostOneSlip(a, b);

    /// <summary>A hash of tokens[from..to] with token <paramref name="gap"/> left out, equal for equal gap keys.</summary>
    private static int GapHash(IReadOnlyList<string> tokens, int from, int to, int gap)
    {
        var hash = default(HashCode);
        for (var i = from; i < to; i++)
        {
            hash.Add(i == gap ? 1 : StringComparer.Ordinal.GetHashCode(tokens[i]));
        }

        return hash.ToHashCode();
    }

    /// <summary>A hash of the words of tokens[from..to] in any order.</summary>
    private static int BagHash(IReadOnlyList<string> tokens, int from, int to)
    {
        var sum = to - from;
        for (var i = from; i < to; i++)
        {
            sum = unchecked(sum + (StringComparer.Ordinal.GetHashCode(tokens[i]) * 31));
        }

        return sum;
    }

    private static void AddRegrouped(Dictionary<string, string?> sorted, string[] parts, string code)
    {
        if (parts.Sum(p => p.Length) < MinRegroupedLetters)
        {
            return;
        }

        var key = SortedKey(parts);
        sorted[key] = sorted.TryGetValue(key, out var other) && other != code ? null : code;
    }

    private static string SortedKey(string[] parts)
    {
        var copy = (string[])parts.Clone();
        Array.Sort(copy, StringComparer.Ordinal);
        return string.Join(' ', copy);
    }

    private bool TryRegrouped(IReadOnlyList<string> tokens, int from, int to, int letters, out string code)
    {
        code = string.Empty;
        if (letters < MinRegroupedLetters || !regroupedFilter[BagHash(tokens, from, to) & (FilterSize - 1)])
        {
            return false;
        }

        var parts = new string[to - from];
        for (var i = from; i < to; i++)
        {
            parts[i - from] = tokens[i];
        }

        return regrouped.TryGetValue(SortedKey(parts), out code!);
    }

    private bool TryMisspelt(IReadOnlyList<string> tokens, int from, int to, int gap, out string code)
    {
        code = string.Empty;
        var misspeltWord = tokens[gap];
        if (misspeltWord.Length < MinMisspeltLengthLast - 1 || !misspeltFilter[GapHash(tokens, from, to, gap) & (FilterSize - 1)])
        {
            return false;
        }

        var parts = new string[to - from];
        for (var i = from; i < to; i++)
        {
            parts[i - from] = i == gap ? "*" : tokens[i];
        }

        if (!misspelt.TryGetValue(string.Join(' ', parts), out var fills))
        {
            return false;
        }

        var last = gap == tokens.Count - 1 && gap > from;
        foreach (var (word, phraseCode, slips) in fills)
        {
            var allowed = word.Length >= 10 ? 2 : 1;
            var near = Similarity.Respelling.Same(word, misspeltWord)
                || ((slips || last) && OneSlipApart(word, misspeltWord))
                || (slips && word.Length >= MinMisspeltLength && Math.Abs(word.Length - misspeltWord.Length) <= allowed && Similarity.EditDistance.Levenshtein(word, misspeltWord) <= allowed);
            if (near)
            {
                code = phraseCode;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word that fills the gap of a misspelt phrase's key, the phrase's code, and whether the word may be read with a
    /// slip (else only respelt).
    /// </summary>
    private sealed record Fill(string Word, string Code, bool Slips);
}
