using System.Collections.Frozen;
using Vigil.Text.Similarity;

namespace Vigil.Text.LegalForms;

/// <summary>
/// Recognises legal forms in many languages (C.A. = Compañía Anónima, OOO = Obshchestvo s ogranichennoy
/// otvetstvennostyu, GmbH, JSC, S.A. de C.V., ...) at the start or end of a folded token list and names each by
/// one code, so that matching can treat the spellings as one and give them almost no weight.
/// </summary>
public static class LegalFormTable
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Data.Value;

    // Below seven letters a slip of a form is too often another word ("compan" / "campan"; "gmbh" has no room).
    private const int MinSlipLength = 7;

    // Single-word legal forms that are read inside a name too: abbreviations and coined words that no name is made of.
    private static readonly FrozenSet<string> InsideSpellings = FrozenSet.ToFrozenSet(
        ["llc", "ooo", "jsc", "ojsc", "cjsc", "pjsc", "zao", "oao", "pao", "jscb", "gmbh", "gesmbh", "inc", "incorporated", "ltd", "plc",
         "llp", "sarl", "srl", "kft", "sro", "doo", "bvba", "oyj", "aps", "bhd", "berhad", "pvt", "pte", "tbk", "fze", "fzco", "fzc", "fzllc",
         "dmcc", "eirl", "eireli", "fgup", "aktiengesellschaft", "aktiebolag"], StringComparer.Ordinal);

    /// <summary>The longest legal-form phrase, in tokens.</summary>
    public static int MaxPhraseLength => Data.Value.MaxTokens;

    /// <summary>Every legal-form code.</summary>
    public static IEnumerable<string> Codes => Data.Value.Codes;

    /// <summary>
    /// Tries to read a legal form made of <paramref name="tokens"/>[start..start+length]; returns its code.
    /// </summary>
    public static bool TryGetCode(ReadOnlySpan<string> tokens, out string code)
    {
        code = string.Empty;
        if (tokens.Length == 0 || tokens.Length > Data.Value.MaxTokens)
        {
            return false;
        }

        return Data.Value.ByPhrase.TryGetValue(string.Join(' ', tokens.ToArray()), out code!);
    }

    /// <summary>
    /// The group (0-63) a legal-form code belongs to: codes listed as loose equivalents ("co", "corp", "inc") share one;
    /// -1 for an unknown code. Two names whose legal forms share no group name different kinds of company.
    /// </summary>
    public static int GroupOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Data.Value.Groups.TryGetValue(code, out var group) ? group : -1;
    }

    /// <summary>
    /// Whether a legal-form code says only "company" and no kind of one ("co"): it conflicts with no form in a name
    /// that has a word of its own.
    /// </summary>
    public static bool IsKindless(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Data.Value.Kindless.Contains(code);
    }

    /// <summary>True when the single folded token is a legal-form spelling.</summary>
    public static bool IsLegalFormToken(string token) => Data.Value.ByPhrase.ContainsKey(token);

    /// <summary>Whether a folded word of two letters or more is a word of some legal form's spelling ("sa", "cv" of "sa de cv").</summary>
    public static bool IsWordOfAForm(string word) => Data.Value.Words.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is a word of a legal form, or one typing slip from one once respelt ("ltdh",
    /// "zhsc", "leemited", "companiy"): a form mistyped, not a word of the name's own. Scans the forms' words: for the
    /// rare word a rule must judge, not for every token.
    /// </summary>
    public static bool IsWordOfAFormOrSlip(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IsWordOfAForm(word))
        {
            return true;
        }

        foreach (var form in Data.Value.Words)
        {
            if (Math.Abs(form.Length - word.Length) <= 2 && Respelling.WithinOneSlip(word, form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds legal forms at the ends of a token list, peeling repeatedly ("Goldman Sachs &amp; Co. L.L.C." peels
    /// "llc" then "co"). Returns, per token, the code of the legal form it belongs to, or null.
    /// </summary>
    public static string?[] Mark(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var marks = new string?[tokens.Count];
        var lo = 0;
        var hi = tokens.Count;
        var table = Data.Value;

        // A long one-word form ending the name with one slip of the keyboard ("LIMTIED", "COMPANI", "FREE ZONE
        // COMPABNY") is read as the form it misspells, alone or as the end of a longer one: read as a word it would be
        // a word of the name's own, and the only one left unmatched. A word of another form is that form's
        // ("LIMITATA" of the Romanian "societate cu raspundere limitata", not a slip of "limitada").
        if (tokens.Count > 1 && Slipped(table, tokens[^1]) is { } intended && !table.Variants.IsPhraseWord(tokens[^1]))
        {
            tokens = [.. tokens.Take(tokens.Count - 1), intended];
        }

        // Which tokens are words of some phrase, looked up once: variants are tried for every length at both ends.
        var known = new bool[tokens.Count];
        for (var i = 0; i < known.Length; i++)
        {
            known[i] = table.Variants.IsPhraseWord(tokens[i]);
        }

        var progress = true;
        while (progress && hi - lo > 1)
        {
            progress = false;

            // A name cut off at a field's width ends in a truncated legal form ("... JOINT STOCK COMPAN"): only the
            // very last word of a phrase of several words may be cut, by at most three letters, and never below five.
            if (hi == tokens.Count && table.TruncatedEnds.Contains(tokens[hi - 1]))
            {
                for (var len = Math.Min(table.MaxTokens, hi - lo - 1); len >= 1; len--)
                {
                    if (table.Truncated.TryGetValue(JoinRange(tokens, hi - len, hi), out var cut) && !table.ByPhrase.ContainsKey(tokens[hi - 1]))
                    {
                        Array.Fill(marks, cut, hi - len, len);
                        hi -= len;
                        break;
                    }
                }
            }

            // Longest phrase first at the end, then at the start.
            for (var len = Math.Min(table.MaxTokens, hi - lo - 1); len >= 1; len--)
            {
                if (TryPhrase(table, tokens, known, hi - len, hi, out var code))
                {
                    Array.Fill(marks, code, hi - len, len);
                    hi -= len;
                    progress = true;
                    break;
                }
            }

            for (var len = Math.Min(table.MaxTokens, hi - lo - 1); len >= 1; len--)
            {
                if (TryPhrase(table, tokens, known, lo, lo + len, out var code))
                {
                    Array.Fill(marks, code, lo, len);
                    lo += len;
                    progress = true;
                    break;
                }
            }
        }

        MarkInside(tokens, marks, known, lo, hi, table);
        return marks;
    }

    /// <summary>
    /// Legal forms inside a name, between what the ends peeled: customer records move them there ("FINANCE LIMITED
    /// LIABILITY COMPANY HOLDING", "SBERBANK PJSC MOSCOW BRANCH"), where read as words they weigh as rare names and
    /// outweigh the name itself. Only phrases of several words and spellings no name is made of (<see
    /// cref="InsideSpellings"/>) count there; "co", "sa", "as" or "company" inside a name are as likely its words. At
    /// least one word of the name stays unmarked.
    /// </summary>
    private static void MarkInside(IReadOnlyList<string> tokens, string?[] marks, ReadOnlySpan<bool> known, int lo, int hi, Table table)
    {
        var left = hi - lo;
        for (var p = lo; p < hi && left > 1;)
        {
            var taken = 0;
            for (var len = Math.Min(table.MaxTokens, Math.Min(hi - p, left - 1)); len >= 1; len--)
            {
                string? code;
                if (len == 1 ? InsideSpellings.Contains(tokens[p]) && table.ByPhrase.TryGetValue(tokens[p], out code) : TryPhrase(table, tokens, known, p, p + len, out code))
                {
                    Array.Fill(marks, code, p, len);
                    taken = len;
                    break;
                }
            }

            left -= taken;
            p += Math.Max(taken, 1);
        }
    }

    /// <summary>
    /// Whether tokens[from..to] are a legal form as written or as <see cref="PhraseVariants"/> reads a changed one. A
    /// phrase of several words is made of phrase words only (<see cref="PhraseVariants.IsPhraseWord"/>), so a range
    /// holding another word is not joined into a string to be looked up: most ranges of most names hold one.
    /// </summary>
    private static bool TryPhrase(Table table, IReadOnlyList<string> tokens, ReadOnlySpan<bool> known, int from, int to, out string code)
    {
        if ((to - from == 1 || !known[from..to].Contains(false)) && table.ByPhrase.TryGetValue(JoinRange(tokens, from, to), out var written))
        {
            code = written;
            return true;
        }

        return table.Variants.TryRead(tokens, known, from, to, out code);
    }

    private static string JoinRange(IReadOnlyList<string> tokens, int from, int to)
    {
        if (to - from == 1)
        {
            return tokens[from];
        }

        var parts = new string[to - from];
        for (var i = from; i < to; i++)
        {
            parts[i - from] = tokens[i];
        }

        return string.Join(' ', parts);
    }

    private static Table Load()
    {
        var byPhrase = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new List<string>();
        var max = 1;
        foreach (var line in ReferenceData.ReadLines("LegalForms/legal_forms.tsv"))
        {
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var code = parts[0];
            codes.Add(code);
            for (var i = 1; i < parts.Length; i++)
            {
                var phrase = Normalization.TextFolder.Fold(parts[i]);
                byPhrase.TryAdd(phrase, code);
                max = Math.Max(max, phrase.Split(' ').Length);
            }
        }

        AddWithoutTheOneLetterWord(byPhrase);
        var truncated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, code) in byPhrase)
        {
            // Only phrases of several words: their intact words show it is a legal form ("partners" is no cut "partnership").
            var lastSpace = phrase.LastIndexOf(' ');
            if (lastSpace < 0)
            {
                continue;
            }

            var last = phrase.Length - lastSpace - 1;
            for (var cut = 1; cut <= 3 && last - cut >= 5; cut++)
            {
                var shorter = phrase[..^cut];
                if (!byPhrase.ContainsKey(shorter))
                {
                    truncated.TryAdd(shorter, code);
                }
            }
        }

        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var kindless = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ReferenceData.ReadLines("LegalForms/legal_form_equivalents.tsv"))
        {
            var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields[0] == "*")
            {
                kindless.UnionWith(fields[1..]);
                continue;
            }

            var group = groups.Count == 0 ? 0 : groups.Values.Max() + 1;
            foreach (var code in fields)
            {
                groups.TryAdd(code, group);
            }
        }

        foreach (var code in codes)
        {
            if (!groups.ContainsKey(code))
            {
                groups[code] = groups.Count == 0 ? 0 : groups.Values.Max() + 1;
            }
        }

        if (groups.Values.Max() > 63)
        {
            throw new InvalidOperationException("More than 64 legal-form groups: widen the group mask.");
        }

        var ends = truncated.Keys.Select(k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
        var words = byPhrase.Keys.SelectMany(k => k.Split(' ')).Where(w => w.Length > 1).ToFrozenSet(StringComparer.Ordinal);
        var longForms = LongForms(byPhrase);
        return new Table(byPhrase.ToFrozenDictionary(StringComparer.Ordinal), truncated.ToFrozenDictionary(StringComparer.Ordinal), ends, words, longForms, Readings(longForms), new PhraseVariants(byPhrase), groups.ToFrozenDictionary(StringComparer.Ordinal), kindless.ToFrozenSet(StringComparer.Ordinal), codes, max);
    }

    /// <summary>
    /// Adds each phrase of three words or more with one word of one letter between its first and last ("obshchestvo s
    /// ogranichennoy otvetstvennostyu", "tavarystva z abmezhavanay adkaznastsyu") as written without it: a preposition
    /// clerks leave out, which changes no form. Spellings written in the file win. A letter that opens or ends a phrase
    /// is an abbreviation ("s de rl de cv": the S of sociedad), and initials ("s a de c v") have several.
    /// </summary>
    private static void AddWithoutTheOneLetterWord(Dictionary<string, string> byPhrase)
    {
        foreach (var (phrase, code) in byPhrase.ToList())
        {
            var words = phrase.Split(' ');
            if (words.Length >= 3 && words.Count(w => w.Length == 1) == 1 && words[0].Length > 1 && words[^1].Length > 1)
            {
                byPhrase.TryAdd(string.Join(' ', words.Where(w => w.Length > 1)), code);
            }
        }
    }

    /// <summary>The one-word forms of <see cref="MinSlipLength"/> letters a-z or more, in file order: those a slip may be read as.</summary>
    private static string[] LongForms(Dictionary<string, string> byPhrase) =>
        [.. byPhrase.Keys.Where(word => word.Length >= MinSlipLength && word.All(char.IsAsciiLetterLower))];

    /// <summary>
    /// The long one-word form the token is one slip of the keyboard away from (<see cref="PhraseVariants.OneSlipApart"/>)
    /// or respelt as a transliteration writes it ("limeeted", <see cref="Respelling.Same"/>), the first in file order;
    /// null when it is a form's spelling itself, holds other than the letters a-z, or is only a form's plural
    /// ("companies" is a word of "GROUP OF COMPANIES", not a slip of "companie"). Every name of an organisation asks
    /// this of its last word: the token is read once and the forms' readings were made with the table.
    /// </summary>
    private static string? Slipped(Table table, string token)
    {
        if (table.ByPhrase.ContainsKey(token) || token.AsSpan().ContainsAnyExceptInRange('a', 'z'))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[Respelling.MaxLength];
        var length = Respelling.Reading(token, buffer);
        var reading = buffer[..Math.Max(length, 0)];
        for (var f = 0; f < table.LongForms.Length; f++)
        {
            var form = table.LongForms[f];
            if (IsPlural(token, form))
            {
                continue;
            }

            if (PhraseVariants.OneSlipApart(form, token) || (length >= 0 && table.LongFormReadings[f] is { } read && reading.SequenceEqual(read)))
            {
                return form;
            }
        }

        return null;
    }

    private static bool IsPlural(string token, string form) =>
        token.Length == form.Length + 1 && token[^1] == 's' && token.AsSpan(0, form.Length).SequenceEqual(form);

    /// <summary>Each long form as <see cref="Respelling.Reading"/> writes it; null for one too long to be read.</summary>
    private static string?[] Readings(string[] forms)
    {
        Span<char> buffer = stackalloc char[Respelling.MaxLength];
        var readings = new string?[forms.Length];
        for (var f = 0; f < forms.Length; f++)
        {
            var length = Respelling.Reading(forms[f], buffer);
            readings[f] = length < 0 ? null : new string(buffer[..length]);
        }

        return readings;
    }

    /// <param name="ByPhrase">Every spelling, to its code.</param>
    /// <param name="Truncated">Phrases of several words with the last word cut short, to their code.</param>
    /// <param name="TruncatedEnds">The cut last words, so that most names skip the lookup of cut phrases.</param>
    /// <param name="Words">Every word of two letters or more in any spelling ("sa", "cv", "rl", "de").</param>
    /// <param name="LongForms">The one-word forms a slip at a name's end may be read as (<see cref="Slipped"/>).</param>
    /// <param name="LongFormReadings">Each of <paramref name="LongForms"/> respelt (<see cref="Readings"/>).</param>
    /// <param name="Variants">Phrases of several words as lists misspell or reorder them.</param>
    /// <param name="Groups">Each code's group of loose equivalents.</param>
    /// <param name="Kindless">The codes that name no kind of company.</param>
    /// <param name="Codes">Every code, in file order.</param>
    /// <param name="MaxTokens">The longest phrase, in words.</param>
    private sealed record Table(
        FrozenDictionary<string, string> ByPhrase,
        FrozenDictionary<string, string> Truncated,
        FrozenSet<string> TruncatedEnds,
        FrozenSet<string> Words,
        string[] LongForms,
        string?[] LongFormReadings,
        PhraseVariants Variants,
        FrozenDictionary<string, int> Groups,
        FrozenSet<string> Kindless,
        List<string> Codes,
        int MaxTokens);
}
