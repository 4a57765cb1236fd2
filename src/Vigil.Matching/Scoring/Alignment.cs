using Vigil.Matching.Names;
using Vigil.Text.Similarity;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Aligns the tokens of two prepared names one-to-one, in any order, best pairs first; then joins compound tokens
/// ("excle" = "ex" + "cle") and acronyms. Works in caller-provided spans so the scoring path allocates nothing.
/// </summary>
internal static class Alignment
{
    /// <summary>Token pairs below this similarity are not aligned.</summary>
    public const double MinSimilarity = 0.62;

    /// <summary>Similarity credited to a compound written together or apart.</summary>
    public const double CompoundSimilarity = 0.97;

    /// <summary>Least similarity of a token to adjacent tokens written together, spelt, that makes them a compound.</summary>
    public const double CompoundSpellingMinimum = 0.8;

    /// <summary>Similarity credited to an acronym of the whole other name.</summary>
    public const double AcronymSimilarity = 0.9;

    /// <summary>Largest token count aligned; longer names are cut (lists hold no longer names in practice).</summary>
    public const int MaxTokens = 24;

    /// <summary>
    /// Fills <paramref name="aTo"/> (partner index in b, or -1), <paramref name="aSim"/>, <paramref name="aHow"/>,
    /// and <paramref name="bTo"/> (partner in a, or -1; compounds point several b tokens at one a token, and back).
    /// </summary>
    public static void Align(PreparedName a, PreparedName b, Span<int> aTo, Span<double> aSim, Span<TokenMatchKind> aHow, Span<int> bTo, Span<double> bSim)
    {
        var n = Math.Min(a.Tokens.Length, MaxTokens);
        var m = Math.Min(b.Tokens.Length, MaxTokens);
        Span<double> sim = stackalloc double[n * m];
        Span<byte> how = stackalloc byte[n * m];
        Similarities(a, b, sim, how);
        Align(a, b, sim, how, aTo, aSim, aHow, bTo, bSim);
    }

    /// <summary>
    /// Writes <see cref="TokenSimilarity.Compute(PreparedName, int, PreparedName, int, out TokenMatchKind)"/> for every
    /// token pair of the two names' first <see cref="MaxTokens"/> tokens: row i for token i of a, column j for token j of b.
    /// </summary>
    public static void Similarities(PreparedName a, PreparedName b, Span<double> sim, Span<byte> how)
    {
        var n = Math.Min(a.Tokens.Length, MaxTokens);
        var m = Math.Min(b.Tokens.Length, MaxTokens);
        Span<TokenFacts> bFacts = stackalloc TokenFacts[m];
        for (var j = 0; j < m; j++)
        {
            bFacts[j] = new TokenFacts(b, j);
        }

        for (var i = 0; i < n; i++)
        {
            var aFacts = new TokenFacts(a, i);
            for (var j = 0; j < m; j++)
            {
                sim[(i * m) + j] = TokenSimilarity.Compute(a, i, aFacts, b, j, bFacts[j], out var kind);
                how[(i * m) + j] = (byte)kind;
            }
        }
    }

    /// <summary>
    /// The same, from token similarities already computed: <paramref name="sim"/> and <paramref name="how"/> hold
    /// <see cref="TokenSimilarity.Compute(PreparedName, int, PreparedName, int, out TokenMatchKind)"/> for every pair, row i for token i of a, column j for token j of b.
    /// </summary>
    public static void Align(PreparedName a, PreparedName b, ReadOnlySpan<double> sim, ReadOnlySpan<byte> how, Span<int> aTo, Span<double> aSim, Span<TokenMatchKind> aHow, Span<int> bTo, Span<double> bSim)
    {
        var n = Math.Min(a.Tokens.Length, MaxTokens);
        var m = Math.Min(b.Tokens.Length, MaxTokens);
        aTo[..n].Fill(-1);
        bTo[..m].Fill(-1);
        aSim[..n].Clear();
        bSim[..m].Clear();
        aHow[..n].Clear();

        // Greedy best-first: the strongest pair is fixed, then the next among the rest.
        while (true)
        {
            var best = MinSimilarity;
            var bi = -1;
            var bj = -1;
            for (var i = 0; i < n; i++)
            {
                if (aTo[i] >= 0)
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    var s = sim[(i * m) + j];

                    // Ties go to the heavier pair, so a real word wins over a stopword of equal similarity.
                    if (bTo[j] < 0 && (s > best || (s == best && bi >= 0 && a.Weights[i] + b.Weights[j] > a.Weights[bi] + b.Weights[bj])))
                    {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }

            if (bi < 0)
            {
                break;
            }

            aTo[bi] = bj;
            bTo[bj] = bi;
            aSim[bi] = best;
            bSim[bj] = best;
            aHow[bi] = (TokenMatchKind)how[(bi * m) + bj];
        }

        JoinCompounds(a, b, n, m, aTo, aSim, aHow, bTo, bSim);
        Span<TokenMatchKind> bHowScratch = stackalloc TokenMatchKind[m];
        JoinCompounds(b, a, m, n, bTo, bSim, bHowScratch, aTo, aSim);
        for (var i = 0; i < n; i++)
        {
            if (aTo[i] >= 0 && bHowScratch[aTo[i]] == TokenMatchKind.Compound)
            {
                aHow[i] = TokenMatchKind.Compound;
            }
        }
    }

    /// <summary>Similarity at or above which a token is considered settled and not re-read as a compound.</summary>
    private const double Settled = 0.9;

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiou");

    /// <summary>
    /// A weakly aligned token of x that equals (or nearly equals) two or three adjacent weakly aligned tokens of y
    /// written together ("excle" = "ex cle", "vanderbilt" = "van der bilt"), or spells their initials ("jc" = "jean claude").
    /// </summary>
    private static void JoinCompounds(PreparedName x, PreparedName y, int n, int m, Span<int> xTo, Span<double> xSim, Span<TokenMatchKind> xHow, Span<int> yTo, Span<double> ySim)
    {
        Span<char> joined = stackalloc char[64];
        Span<char> key = stackalloc char[Text.Phonetics.PhoneticKey.MaxLength];
        for (var i = 0; i < n; i++)
        {
            if (xSim[i] >= Settled || !Joinable(x.Kinds[i]))
            {
                continue;
            }

            var bestSim = Math.Max(xSim[i], 0.0);
            var bestJ = -1;
            var bestLen = 0;
            for (var len = 2; len <= 3; len++)
            {
                for (var j = 0; j + len <= m; j++)
                {
                    var settled = false;
                    for (var k = j; k < j + len; k++)
                    {
                        settled |= ySim[k] >= Settled;
                    }

                    var sim = settled ? -1 : WindowSimilarity(x, i, y, j, len, joined, key);
                    if (sim > bestSim + 0.05)
                    {
                        bestSim = sim;
                        bestJ = j;
                        bestLen = len;
                    }
                }
            }

            if (bestJ < 0)
            {
                continue;
            }

            for (var k = bestJ; k < bestJ + bestLen; k++)
            {
                Release(xTo, xSim, yTo, ySim, k);
            }

            if (xTo[i] >= 0)
            {
                yTo[xTo[i]] = -1;
                ySim[xTo[i]] = 0;
            }

            xTo[i] = bestJ;
            xSim[i] = bestSim;
            xHow[i] = TokenMatchKind.Compound;
            for (var k = bestJ; k < bestJ + bestLen; k++)
            {
                yTo[k] = i;
                ySim[k] = bestSim;
            }
        }
    }

    /// <summary>
    /// The similarity JoinCompounds credits token i of x for equalling tokens j..j+len-1 of y written together, or -1
    /// when they cannot form a compound: initials of a person's words, the same letters within the edit similarity
    /// 0.8 / <see cref="CompoundSimilarity"/>, or the same phonetic key. Legal forms and numbers are never parts.
    /// <paramref name="joined"/> holds 64 characters, <paramref name="key"/> a phonetic key.
    /// </summary>
    internal static double WindowSimilarity(PreparedName x, int i, PreparedName y, int j, int len, Span<char> joined, Span<char> key) =>
        WindowSimilarity(JoiningToken.Of(x, i), y, j, len, joined, key);

    /// <summary>The same, for a token given by its text and its name's traits.</summary>
    internal static double WindowSimilarity(in JoiningToken x, PreparedName y, int j, int len, Span<char> joined, Span<char> key)
    {
        var t = x.Text;
        var total = 0;
        var initials = t.Length == len;
        for (var k = j; k < j + len; k++)
        {
            var part = y.Tokens[k];
            if (!Joinable(y.Kinds[k]))
            {
                return -1;
            }

            initials = initials && part[0] == t[k - j] && y.Kinds[k] is TokenKind.Word or TokenKind.Initial;
            total += part.Length;
        }

        if (total > joined.Length)
        {
            return -1;
        }

        // Initials are consonants mostly ("jc", "mb"); a short word with a vowel is a word (SU, LO, KIM, JA of JA FAR),
        // and was read as the initials of any two or three words ("Sanjay Ursula" = SU, 0.90).
        if (initials && x.Person && !t.ContainsAny(Vowels))
        {
            return TokenSimilarity.InitialSimilarity;
        }

        // A word in Arabic letters written apart in one name and together in the other ("khyr allh", خير الله, and
        // KHAYRALLAH): its letters are compared as token similarity compares them, the vowels coming in between. The
        // same letters on both sides (a reading written in Latin letters in free text) are the same compound.
        var transliterated = x.VowelsUnwritten != y.WithoutShortVowels;
        var near = Math.Abs(total - t.Length) <= 2;
        if (!transliterated && !near)
        {
            return -1;
        }

        var window = joined[..JoinWindow(y, j, len, joined)];
        var same = t.SequenceEqual(window);
        if (transliterated && !same && (x.VowelsUnwritten ? Vocalisation.Writes(t, window) : Vocalisation.Writes(window, t) || WritesAssimilated(y, j, len, t)))
        {
            return TokenSimilarity.TransliteratedSimilarity * CompoundSimilarity;
        }

        if (!near)
        {
            return -1;
        }

        var sim = same ? CompoundSimilarity : EditDistance.Similarity(t, window) * CompoundSimilarity;
        if (sim >= CompoundSpellingMinimum)
        {
            return sim;
        }

        // Written apart in one romanisation and together, with other letters, in another: "Tse-tung" = "Zedong".
        // Short keys are too common to tell ("xia yang" and "xinning" both sound SNG): four sounds at least.
        var own = x.Key;
        var first = y.Keys[j];
        return own.Length < 4 || first.Length == 0 || first[0] != own[0] || !key[..Text.Phonetics.PhoneticKey.Write(window, key)].SequenceEqual(own)
            ? -1
            : TokenSimilarity.PhoneticFloor * CompoundSimilarity;
    }

    /// <summary>
    /// Whether <paramref name="latin"/> writes tokens j..j+len-1 of y (read from Arabic script) together with an article
    /// among them said as the sun letter after it: al-din is ad-din, and the lists write NOUREDDINE for نور الدين and
    /// ESSABAR for الصبار, the article's l unwritten and the next letter often doubled (which the reading allows).
    /// </summary>
    private static bool WritesAssimilated(PreparedName y, int j, int len, ReadOnlySpan<char> latin)
    {
        Span<char> reading = stackalloc char[64];
        var at = 0;
        var assimilated = false;
        for (var k = j; k < j + len; k++)
        {
            var part = y.Tokens[k];
            var sun = k + 1 < j + len && part == "al" && IsSunLetter(y.Tokens[k + 1][0]);
            var written = sun ? "a" : part;
            if (at + written.Length > reading.Length)
            {
                return false;
            }

            written.AsSpan().CopyTo(reading[at..]);
            at += written.Length;
            assimilated |= sun;
        }

        return assimilated && Vocalisation.Writes(reading[..at], latin);
    }

    /// <summary>The first letters of the readings of Arabic's sun letters (t, th, d, dh, r, z, s, sh, l, n and their emphatics).</summary>
    private static bool IsSunLetter(char c) => c is 't' or 'd' or 'r' or 'z' or 's' or 'l' or 'n';

    /// <summary>
    /// Writes tokens j..j+len-1 of y together into <paramref name="joined"/> and returns how many letters that is, or
    /// -1 when a part cannot join (<see cref="Joinable"/>) or they do not fit: the text a compound window is measured
    /// and keyed on, here and in <see cref="SoundCodes"/>.
    /// </summary>
    internal static int JoinWindow(PreparedName y, int j, int len, Span<char> joined)
    {
        var at = 0;
        for (var k = j; k < j + len; k++)
        {
            var part = y.Tokens[k];
            if (!Joinable(y.Kinds[k]) || at + part.Length > joined.Length)
            {
                return -1;
            }

            part.AsSpan().CopyTo(joined[at..]);
            at += part.Length;
        }

        return at;
    }

    /// <summary>
    /// Whether a token of this kind can join others into a compound, or be joined: legal forms ("~llc", the only tokens
    /// written with '~') and numbers never are.
    /// </summary>
    internal static bool Joinable(TokenKind kind) => kind is not (TokenKind.LegalForm or TokenKind.Number);

    private static void Release(Span<int> xTo, Span<double> xSim, Span<int> yTo, Span<double> ySim, int j)
    {
        var partner = yTo[j];
        if (partner >= 0 && xTo[partner] == j)
        {
            xTo[partner] = -1;
            xSim[partner] = 0;
        }

        yTo[j] = -1;
        ySim[j] = 0;
    }
}
