using System.Collections.Frozen;

namespace Vigil.Text.LegalForms;

/// <summary>
/// Legal-form phrases of several words as lists and customers actually write them: one long word misspelt
/// ("OBSHCHESTVO S ORGANICHENNOI OTVETSTVENNOSTYU"), one slip in a shorter word of a longer phrase ("OPEN JOINT STOKC
/// COMPANY"), or three words or more in another order ("LIMITED COMPANY LIABILITY"). The intact words around the change show that the phrase is a legal form; a phrase that
/// is itself a name's only words is never read (the caller leaves one word at least).
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

    /// <summary>Fewest letters of a phrase read in another order: initials ("c v s a") fall into other orders by chance.</summary>
    private const int MinRegroupedLetters = 16;

    private readonly FrozenDictionary<string, (string Word, string Code)[]> misspelt;
    private readonly FrozenDictionary<string, string> regrouped;
    private readonly FrozenSet<string> words;

    /// <summary>Builds the variants of the given phrases (folded spelling to code).</summary>
    public PhraseVariants(IReadOnlyDictionary<string, string> byPhrase)
    {
        var gaps = new Dictionary<string, List<(string Word, string Code)>>(StringComparer.Ordinal);
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
                if (parts[k].Length >= (parts.Length >= 3 ? MinMisspeltLengthInLongPhrase : MinMisspeltLength))
                {
                    var key = string.Join(' ', parts.Select((word, i) => i == k ? "*" : word));
                    if (!gaps.TryGetValue(key, out var fills))
                    {
                        gaps[key] = fills = [];
                    }

                    fills.Add((parts[k], code));
                }
            }

            // Shortened phrases are not read: leaving out a word changes the form ("corporation limited" is not
            // "limited liability corporation").
            if (parts.Length >= 3)
            {
                AddRegrouped(sorted, parts, code);
            }
        }

        misspelt = gaps.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);

        // Words two forms share in some order name neither; words that are a phrase as written are read as written.
        regrouped = sorted.Where(r => r.Value is not null && !byPhrase.ContainsKey(r.Key)).ToFrozenDictionary(r => r.Key, r => r.Value!, StringComparer.Ordinal);
        words = all.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads tokens[from..to] (two tokens or more) as a variant of a phrase; returns its code. A misspelt word must be
    /// one slip from the phrase's (<see cref="OneSlipApart"/>) or, from seven letters, within one edit (two from ten
    /// letters); every other word must be exactly the phrase's.
    /// </summary>
    public bool TryRead(IReadOnlyList<string> tokens, int from, int to, out string code)
    {
        code = string.Empty;
        if (to - from < 2)
        {
            return false;
        }

        // Every word but a misspelt one is a phrase word: most names fail here, before any string is made.
        var gap = -1;
        var letters = 0;
        for (var i = from; i < to; i++)
        {
            letters += tokens[i].Length;
            if (!words.Contains(tokens[i]))
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
    /// Whether b is a with one letter changed, added or left out, or two neighbouring letters swapped ("stock" /
    /// "stokc"); a swap is one slip, where an edit distance counts two.
    /// </summary>
    private static bool OneSlipApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || string.Equals(a, b, StringComparison.Ordinal))
        {
            return false;
        }

        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        // What differs between the shared head and tail: one letter at most on each side, or one swapped pair.
        var restA = a.Length - head - tail;
        var restB = b.Length - head - tail;
        return (restA <= 1 && restB <= 1) || (restA == 2 && restB == 2 && a[head] == b[head + 1] && a[head + 1] == b[head]);
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
        if (letters < MinRegroupedLetters)
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
        if (misspeltWord.Length < MinMisspeltLengthInLongPhrase - 1)
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

        foreach (var (word, phraseCode) in fills)
        {
            var allowed = word.Length >= 10 ? 2 : 1;
            var near = OneSlipApart(word, misspeltWord)
                || (word.Length >= MinMisspeltLength && Math.Abs(word.Length - misspeltWord.Length) <= allowed && Similarity.EditDistance.Levenshtein(word, misspeltWord) <= allowed);
            if (near)
            {
                code = phraseCode;
                return true;
            }
        }

        return false;
    }
}
