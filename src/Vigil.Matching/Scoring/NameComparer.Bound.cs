using Vigil.Matching.Names;
using Vigil.Text.Similarity;

namespace Vigil.Matching.Scoring;

/// <content>
/// An upper bound of the logit from token similarities alone, without aligning: screening skips the candidates whose
/// bound cannot reach the minimum score, which is most of them (a shared surname and nothing else). The bound takes
/// every feature at its most favourable value the similarities allow, so skipping never changes a result. It reads
/// only packed <see cref="TokenShape"/>s and <see cref="NameHeader"/>s, never the names themselves.
/// </content>
public sealed partial class NameComparer
{
    private const double NothingLogit = -12.0;

    /// <summary>
    /// A value at least <see cref="Logit(PreparedName, PreparedName, ReadOnlySpan{double}, ReadOnlySpan{byte})"/> for
    /// the same names; <paramref name="q"/> and <paramref name="c"/> hold their first <see cref="Alignment.MaxTokens"/>
    /// tokens, <paramref name="sim"/> their similarities (row i for query token i). Allocation-free. The compounds the
    /// token shapes allow are measured on the strings: taking them all as made would pass dozens of candidates for each
    /// real compound, and each would cost a second bound. <paramref name="candidateCodes"/>: the candidate's
    /// <see cref="SoundCodes"/> when kept flat with its shapes (else made from the name when first needed).
    /// <paramref name="known"/>: what screening keeps of the query, whose <see cref="QueryTokenSimilarities.Fill"/> for
    /// this candidate gave <paramref name="sim"/> and <paramref name="candidateJoins"/> (else worked out for this pair).
    /// </summary>
    internal double LogitUpperBound(PreparedName query, in NameHeader qh, ReadOnlySpan<TokenShape> q, PreparedName candidate, in NameHeader ch, ReadOnlySpan<TokenShape> c, ReadOnlySpan<double> sim, double needed = double.NegativeInfinity, ReadOnlySpan<ulong> candidateCodes = default, QueryTokenSimilarities? known = null, bool candidateJoins = false)
    {
        if (q.Length == 0 || c.Length == 0)
        {
            return NothingLogit;
        }

        // An acronym is scored by its own rule, not by token pairs (a listed one from four letters, IsListedAcronymOf).
        if (MayBeAcronymOf(qh, ch) || (MayBeAcronymOf(ch, qh) && qh.AcronymLength >= MinListedAcronymLength))
        {
            return double.PositiveInfinity;
        }

        return Bound(query, qh, q, candidate, ch, c, sim, needed, candidateCodes, known, candidateJoins);
    }

    private double Bound(PreparedName query, in NameHeader qh, ReadOnlySpan<TokenShape> q, PreparedName candidate, in NameHeader ch, ReadOnlySpan<TokenShape> c, ReadOnlySpan<double> sim, double needed, ReadOnlySpan<ulong> cCodes, QueryTokenSimilarities? known, bool candidateJoins)
    {
        var n = q.Length;
        var m = c.Length;

        // The best partner each token could have: a pair aligns only above Alignment.MinSimilarity, or as part of a
        // compound (at the similarity JoinCompounds would credit it).
        Span<double> qBest = stackalloc double[n];
        Span<double> cBest = stackalloc double[m];
        for (var i = 0; i < n; i++)
        {
            var row = sim.Slice(i * m, m);
            var best = 0.0;
            for (var j = 0; j < m; j++)
            {
                best = Math.Max(best, row[j]);
                cBest[j] = Math.Max(cBest[j], row[j]);
            }

            qBest[i] = best;
        }

        bool compounds;
        if (qh.VowelsUnwritten != ch.VowelsUnwritten)
        {
            compounds = MarkTransliterated(query, q, candidate, cCodes, c, qBest, cBest)
                | MarkTransliterated(candidate, c, query, default, q, cBest, qBest);
        }
        else
        {
            compounds = (known is null
                    ? MarkQueryTokens(query, q, qh.Person, candidate, cCodes, c, ch.Windows, qBest, cBest)
                    : MarkQueryTokens(query, known.Partners, q, candidate, cCodes, c, ch.Windows, qBest, cBest))
                | (known is null ? MarkCandidateTokens(candidate, c, query, q, qh.Windows, cBest, qBest) : candidateJoins && known.MarkJoins(c, cBest, qBest));
        }

        // All cases below at once: every possible token matched, on both sides, the weakest at the best any reaches.
        // Each feature is at least as favourable as in any one case, so when even this falls short of `needed`, the
        // matchings and the cases are not worked out. Most candidates end here.
        var strongest = 0.0;
        for (var i = 0; i < n; i++)
        {
            strongest = qBest[i] >= Alignment.MinSimilarity && PreparedName.IsContent(q[i].Kind) ? Math.Max(strongest, qBest[i]) : strongest;
        }

        if (strongest == 0)
        {
            return NothingLogit;
        }

        var all = Math.Max(NothingLogit, CaseBound(qh, SideBound.Of(q, qBest, 0, int.MaxValue), ch, SideBound.Of(c, cBest, 0, int.MaxValue), Math.Min(1.0, strongest)));
        if (all < needed)
        {
            return all;
        }

        // Without compounds the alignment pairs tokens one to one, so each side matches at most as many identifying
        // tokens as a maximum matching over the pairs that can align.
        var qMost = compounds ? int.MaxValue : MostMatched(q, n, m, sim, byRows: true);
        var cMost = compounds ? int.MaxValue : MostMatched(c, m, n, sim, byRows: false);
        var cs = SideBound.Of(c, cBest, 0, cMost);

        // The query tokens matched in the end are some set M; the weakest of them is at most t = the lowest best among
        // M. For that t, matching every token whose best reaches t dominates M in every feature but the weakest, which
        // is at most t: so the largest of the bounds over the thresholds t (one per possible token) bounds any M.
        var bound = NothingLogit;
        for (var i = 0; i < n; i++)
        {
            var t = qBest[i];
            if (t < Alignment.MinSimilarity || !PreparedName.IsContent(q[i].Kind) || IsRepeatedThreshold(q, qBest, i))
            {
                continue;
            }

            bound = Math.Max(bound, CaseBound(qh, SideBound.Of(q, qBest, t, qMost), ch, cs, Math.Min(1.0, t)));
        }

        return bound;
    }

    /// <summary>True when an earlier possible content token has the same best: its case is already counted.</summary>
    private static bool IsRepeatedThreshold(ReadOnlySpan<TokenShape> q, ReadOnlySpan<double> qBest, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (qBest[k] == qBest[i] && PreparedName.IsContent(q[k].Kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bound for one case: the query side's possible tokens as given, the weakest match at most <paramref name="weakest"/>.</summary>
    private double CaseBound(in NameHeader qh, in SideBound qs, in NameHeader ch, in SideBound cs, double weakest)
    {
        var person = qh.Person || ch.Person;
        var qShorter = CountsAsShorter(qh.Syllabic, qh.ContentCount, ch.Syllabic, ch.ContentCount);
        var shortUnmatched = Math.Min(qShorter ? qs.Unmatched : cs.Unmatched, 3);
        var longUnmatched = Math.Min(qShorter ? cs.Unmatched : qs.Unmatched, 4);
        var minCoverage = Math.Min(qs.Coverage, cs.Coverage);
        var maxCoverage = Math.Max(qs.Coverage, cs.Coverage);
        // The forms that name a kind of company: between two names with no word of their own "Co." may conflict too,
        // which only lowers the logit under this bound.
        var legalClash = Conflict(qh.KindedLegalGroups, ch.KindedLegalGroups) ? 1 : 0;

        // Each entry of NameFeatures.WriteVector taken over its range [lo, hi], in the vector's order (entry 8, only
        // generic words matched, is decided below).
        var w = boundWeights;
        var z = weights.Bias;
        z += Term(w[0], 0, minCoverage);
        z += Term(w[1], 0, maxCoverage);
        z += Term(w[2], 0, weakest);
        z += Term(w[3], shortUnmatched, 3);
        z += Term(w[4], longUnmatched, 4);
        z += Term(w[5], 0, 3);
        z += Term(w[6], 0, qs.AnyNumber && cs.AnyNumber ? 1 : 0);
        z += Term(w[7], legalClash, legalClash);
        z += Term(w[9], 0, person ? minCoverage : 0);
        z += Term(w[10], 0, person ? weakest : 0);
        z += person ? Term(w[11], shortUnmatched, 3) : Term(w[11], 0, 0);
        z += Term(w[12], 0, weakest >= 0.95 ? 1 : 0);
        z += Term(w[13], Math.Max(0, 0.85 - weakest), 0.85);
        z += Term(w[14], 0, minCoverage * minCoverage);

        // Policies: a penalty counts only when it is certain to apply; one that may apply is taken at its most favourable.
        var partialCertain = person && ((qh.ContentCount == 1 && ch.ContentCount > 1 && cs.Unmatched > 0)
            || (ch.ContentCount == 1 && qh.ContentCount > 1 && qs.Unmatched > 0));
        z -= partialCertain ? weights.PartialPersonNamePenalty : Math.Min(0, weights.PartialPersonNamePenalty);
        z -= Math.Min(0, weights.PatronymicReversalPenalty);
        z -= Math.Min(0, weights.HalfGivenNamePenalty);
        z -= Math.Min(0, weights.PartialVesselNamePenalty);
        z -= Math.Min(0, weights.PartialOrganisationNamePenalty);
        z -= Math.Min(0, weights.NoCloseTokenPenalty);
        z -= Math.Min(0, weights.OtherListedWordPenalty);
        z -= Math.Min(0, Math.Min(weights.NumberExtraPenalty, weights.VesselNumberPenalty));
        z -= Math.Min(weights.UnmatchedGenericTerm(qs.UnmatchedGeneric + cs.UnmatchedGeneric, qs.UnmatchedBody + cs.UnmatchedBody), weights.UnmatchedGenericPenalty * 2);

        // Only generic words matched: certain when no specific query word can match and either name has a word of its
        // own (else two plain names may be compared as any names are).
        var genericOnly = Math.Min(z + w[8], weights.GenericOnlyCeiling);
        return !qs.AnySpecific && (qh.HasSpecific || ch.HasSpecific) ? genericOnly : Math.Max(z, genericOnly);
    }

    /// <summary>The most a feature with weight <paramref name="w"/> adds over values in [lo, hi].</summary>
    private static double Term(double w, double lo, double hi) => Math.Max(w * lo, w * hi);

    /// <summary>Whether the one identifying word of <paramref name="shortName"/> may spell the acronym of the other (see <see cref="IsAcronymOf"/>).</summary>
    private static bool MayBeAcronymOf(in NameHeader shortName, in NameHeader longName) =>
        longName.AcronymLength > 0 && shortName.ContentCount == 1 && longName.ContentCount >= 2
        && shortName.SoleLength == longName.AcronymLength && shortName.SoleFirst == longName.AcronymFirst;

    /// <summary>
    /// Marks the tokens of x that JoinCompounds could join to two or three adjacent tokens of y, and those tokens, with
    /// the similarity it would credit; for a pair of names read from different scripts, where words join by other
    /// rules than spelling and sound (Alignment.WindowSimilarity): every window whose first letters may agree is
    /// measured.
    /// </summary>
    private static bool MarkTransliterated(PreparedName xName, ReadOnlySpan<TokenShape> x, PreparedName yName, ReadOnlySpan<ulong> yCodes, ReadOnlySpan<TokenShape> y, Span<double> xBest, Span<double> yBest)
    {
        var marked = false;
        for (var i = 0; i < x.Length; i++)
        {
            marked |= Alignment.Joinable(x[i].Kind) && MarkToken(JoiningToken.Of(xName, i), x[i], true, yName, yCodes, y, ref xBest[i], yBest);
        }

        return marked;
    }

    /// <summary>
    /// Marks the query's tokens that could be the compound of two or three adjacent tokens of the candidate, and those
    /// tokens: <paramref name="partners"/> names, for each window of the candidate, the query tokens that pass the
    /// shape tests, and only those are looked at further.
    /// </summary>
    private static bool MarkQueryTokens(PreparedName query, in WindowPartners partners, ReadOnlySpan<TokenShape> q, PreparedName candidate, ReadOnlySpan<ulong> cCodes, ReadOnlySpan<TokenShape> c, ulong cWindows, Span<double> qBest, Span<double> cBest)
    {
        if (!partners.MayJoin(cWindows))
        {
            return false;
        }

        var marked = false;
        foreach (var w in new JoinableWindows(c))
        {
            marked |= MarkPartners(query, q, partners.For(w.Letters, w.Length, c[w.Start], c[w.Last]), candidate, cCodes, c, w.Start, w.Length, w.Letters, qBest, cBest);
        }

        return marked;
    }

    /// <summary>The same, with the query's window partners made for this pair alone.</summary>
    private static bool MarkQueryTokens(PreparedName query, ReadOnlySpan<TokenShape> q, bool qPerson, PreparedName candidate, ReadOnlySpan<ulong> cCodes, ReadOnlySpan<TokenShape> c, ulong cWindows, Span<double> qBest, Span<double> cBest)
    {
        var partners = default(WindowPartners);
        partners.Reset(q, qPerson);
        return MarkQueryTokens(query, partners, q, candidate, cCodes, c, cWindows, qBest, cBest);
    }

    /// <summary>Marks each query token of <paramref name="tokens"/> (one bit each) that window j..j+len-1 of the candidate joins.</summary>
    private static bool MarkPartners(PreparedName query, ReadOnlySpan<TokenShape> q, uint tokens, PreparedName candidate, ReadOnlySpan<ulong> cCodes, ReadOnlySpan<TokenShape> c, int j, int len, int total, Span<double> qBest, Span<double> cBest)
    {
        var marked = false;
        for (; tokens != 0; tokens &= tokens - 1)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(tokens);
            marked |= Mark(JoiningToken.Of(query, i), q[i], false, candidate, cCodes, c, j, len, total, ref qBest[i], cBest);
        }

        return marked;
    }

    /// <summary>
    /// Marks the candidate's tokens that could be the compound of two or three adjacent tokens of the query, and those
    /// tokens. (What a listed token joins in the query depends on the token alone, its text, kind and whether a
    /// person's: what its <see cref="TokenShape.Vocabulary"/> number stands for. Screening has it worked out once a
    /// query for each listed token, <see cref="QueryTokenSimilarities.MarkJoins"/>.)
    /// </summary>
    private static bool MarkCandidateTokens(PreparedName candidate, ReadOnlySpan<TokenShape> c, PreparedName query, ReadOnlySpan<TokenShape> q, ulong qWindows, Span<double> cBest, Span<double> qBest)
    {
        var marked = false;
        for (var j = 0; j < c.Length; j++)
        {
            marked |= JoinsOfToken(JoiningToken.Of(candidate, j), c[j], query, q, qWindows, ref cBest[j], qBest);
        }

        return marked;
    }

    /// <summary>
    /// Whether listed token <paramref name="x"/> (its shape <paramref name="t"/>) could be the compound of two or three
    /// adjacent tokens of the query, in the same script: if so, raises <paramref name="tBest"/> and each of those
    /// tokens' <paramref name="qBest"/> to the similarity JoinCompounds would credit.
    /// </summary>
    internal static bool JoinsOfToken(in JoiningToken x, in TokenShape t, PreparedName query, ReadOnlySpan<TokenShape> q, ulong qWindows, ref double tBest, Span<double> qBest) =>
        qWindows != 0 && MayJoinWindow(t, x.Person, qWindows) && MarkToken(x, t, false, query, default, q, ref tBest, qBest);

    /// <summary>
    /// Marks token <paramref name="x"/> (shape <paramref name="t"/>) and the windows of two and three adjacent
    /// joinable tokens of y it could be the compound of. Most windows are too long or too short for t: they are
    /// passed over here, without a call.
    /// </summary>
    private static bool MarkToken(in JoiningToken x, in TokenShape t, bool transliterated, PreparedName yName, ReadOnlySpan<ulong> yCodes, ReadOnlySpan<TokenShape> y, ref double tBest, Span<double> yBest)
    {
        var marked = false;
        foreach (var w in new JoinableWindows(y))
        {
            if (transliterated || Near(w.Letters, t, x.Person, w.Length))
            {
                marked |= Mark(x, t, transliterated, yName, yCodes, y, w.Start, w.Length, w.Letters, ref tBest, yBest);
            }
        }

        return marked;
    }

    /// <summary>
    /// The size of a maximum matching between the identifying tokens of x and any tokens of the other name, over the
    /// pairs at or above the alignment threshold (Kuhn's augmenting paths on bit masks; names are short).
    /// <paramref name="byRows"/>: x's tokens are the rows of <paramref name="sim"/>, else its columns.
    /// </summary>
    private static int MostMatched(ReadOnlySpan<TokenShape> x, int count, int other, ReadOnlySpan<double> sim, bool byRows)
    {
        Span<uint> edges = stackalloc uint[count];
        Span<int> partnerOf = stackalloc int[other];
        partnerOf.Fill(-1);
        for (var i = 0; i < count; i++)
        {
            uint mask = 0;
            if (PreparedName.IsContent(x[i].Kind))
            {
                for (var j = 0; j < other; j++)
                {
                    var s = byRows ? sim[(i * other) + j] : sim[(j * count) + i];
                    mask |= s >= Alignment.MinSimilarity ? 1u << j : 0u;
                }
            }

            edges[i] = mask;
        }

        var size = 0;
        for (var i = 0; i < count; i++)
        {
            var seen = 0u;
            if (edges[i] != 0 && Augment(i, edges, partnerOf, ref seen))
            {
                size++;
            }
        }

        return size;
    }

    private static bool Augment(int i, ReadOnlySpan<uint> edges, Span<int> partnerOf, ref uint seen)
    {
        // Depth-first for an augmenting path; a partner visited once in this search is not tried again.
        while ((edges[i] & ~seen) is var candidates && candidates != 0)
        {
            var j = System.Numerics.BitOperations.TrailingZeroCount(candidates);
            seen |= 1u << j;
            if (partnerOf[j] < 0 || Augment(partnerOf[j], edges, partnerOf, ref seen))
            {
                partnerOf[j] = i;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token t has a length within two of a window of y (<see cref="NameHeader.WindowLengths"/>), or could
    /// spell a person's initials: if not, no window of y passes <see cref="Near"/> for it, and its windows are not
    /// looked at.
    /// </summary>
    internal static bool MayJoinWindow(in TokenShape t, bool xPerson, ulong yWindows)
    {
        if (!Alignment.Joinable(t.Kind))
        {
            return false;
        }

        if ((xPerson && t.Length <= 3) || t.Length >= 61)
        {
            return true;
        }

        // Bits length-2 .. length+2.
        var near = 0x1FUL << Math.Max(t.Length - 2, 0) >> (t.Length < 2 ? 2 - t.Length : 0);
        return (yWindows & near) != 0;
    }

    /// <summary>
    /// Marks token i of x and tokens j..j+len-1 of y (<paramref name="total"/> letters together) with the
    /// similarity JoinCompounds would credit them, if they form a compound. The shapes rule most windows out; the rest
    /// are measured on the names' strings, exactly as JoinCompounds measures them.
    /// </summary>
    private static bool Mark(in JoiningToken x, in TokenShape t, bool transliterated, PreparedName yName, ReadOnlySpan<ulong> yCodes, ReadOnlySpan<TokenShape> y, int j, int len, int total, ref double tBest, Span<double> yBest)
    {
        var near = Math.Abs(total - t.Length) <= 2;
        var written = transliterated && (x.VowelsUnwritten ? Vocalisation.MayBegin(t.First, y[j].First) : Vocalisation.MayBegin(y[j].First, t.First));
        var byLetters = written || SpeltOrInitials(t, x.Person, y, j, len, total);

        // Neither spelling nor initials can join them: only the same key can, and the packed keys tell without
        // reading the names (most windows that start with t's sound end here).
        if (!byLetters && !(near && MaySound(t, y, j) && SoundCodes.Pack(x.Key) == SoundCodes.Window(CodesOf(yName, yCodes), j, len)))
        {
            return false;
        }

        var sim = MeasuredWindow(x, yName, j, len);
        if (sim < 0)
        {
            return false;
        }

        tBest = Math.Max(tBest, sim);
        for (var k = j; k < j + len; k++)
        {
            yBest[k] = Math.Max(yBest[k], sim);
        }

        return true;
    }

    /// <summary>
    /// Whether listed token t (of a person's name or not) may be the compound of a window of the query's shapes
    /// <paramref name="q"/>, in the same script, as <see cref="Mark"/> tells it before reading a string: spelling,
    /// initials, or a first sound alike. Where no window may, the token's text is not read for compounds.
    /// </summary>
    internal static bool MayJoinQuery(in TokenShape t, bool person, ReadOnlySpan<TokenShape> q)
    {
        foreach (var w in new JoinableWindows(q))
        {
            if (Near(w.Letters, t, person, w.Length) && MayMark(t, person, q, w.Start, w.Length, w.Letters))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What <see cref="Mark"/> lets past its first test, read from the shapes (same script).</summary>
    private static bool MayMark(in TokenShape t, bool person, ReadOnlySpan<TokenShape> y, int j, int len, int total) =>
        SpeltOrInitials(t, person, y, j, len, total) || (Math.Abs(total - t.Length) <= 2 && MaySound(t, y, j));

    /// <summary>Whether t may spell the window j..j+len-1 of y (<paramref name="total"/> letters), or a person's t its initials.</summary>
    private static bool SpeltOrInitials(in TokenShape t, bool person, ReadOnlySpan<TokenShape> y, int j, int len, int total) =>
        (Math.Abs(total - t.Length) <= 2 && MaySpell(t, y, j, len, total)) || (person && t.Length == len && Initial(y[j], t.First) && Initial(y[j + len - 1], t.Last));

    /// <summary>A name's sound codes: those given, else the ones kept with the name (made on first use).</summary>
    private static ReadOnlySpan<ulong> CodesOf(PreparedName name, ReadOnlySpan<ulong> given) => given.IsEmpty ? SoundCodes.Of(name) : given;

    /// <summary>Whether a window of <paramref name="len"/> tokens and <paramref name="total"/> letters passes Mark's first test.</summary>
    private static bool Near(int total, in TokenShape t, bool person, int len) =>
        Math.Abs(total - t.Length) <= 2 || (person && t.Length == len);

    private static double MeasuredWindow(in JoiningToken x, PreparedName y, int j, int len)
    {
        Span<char> joined = stackalloc char[64];
        Span<char> key = stackalloc char[Text.Phonetics.PhoneticKey.MaxLength];
        return Alignment.WindowSimilarity(x, y, j, len, joined, key);
    }

    private static bool Initial(in TokenShape word, char letter) => word.First == letter && word.Kind is TokenKind.Word or TokenKind.Initial;

    /// <summary>
    /// Whether t may equal tokens j..j+len-1 of y written together (<paramref name="total"/> letters, within two of
    /// t's) closely enough in spelling for JoinCompounds: edit similarity 0.8 / CompoundSimilarity or better.
    /// </summary>
    private static bool MaySpell(in TokenShape t, ReadOnlySpan<TokenShape> y, int j, int len, int total)
    {
        // Edit similarity 0.8 / 0.97 allows at most one edit below twelve letters (so the lengths differ by at most
        // one, and the first or the last letter is kept); from twelve on, the caller's two letters of difference.
        var longest = Math.Max(t.Length, total);
        var spelt = longest >= 12 || (Math.Abs(total - t.Length) <= 1 && (t.First == y[j].First || t.Last == y[j + len - 1].Last));
        return spelt && FewEnoughEdits(t, y, j, len, longest);
    }

    /// <summary>
    /// Whether t's phonetic key may be that of a window starting at token j of y: JoinCompounds takes keys of four
    /// sounds or more, and the window's starts with its first token's.
    /// </summary>
    private static bool MaySound(in TokenShape t, ReadOnlySpan<TokenShape> y, int j) =>
        t.KeyLength >= 4 && y[j].KeyLength > 0 && y[j].KeyFirst == t.KeyFirst;

    /// <summary>
    /// Whether the letters t and the window lack of each other leave room for the spelling JoinCompounds needs: each
    /// letter one side has and the other has not costs at least one edit. Most windows that pass on length fail here.
    /// </summary>
    private static bool FewEnoughEdits(in TokenShape t, ReadOnlySpan<TokenShape> y, int j, int len, int longest)
    {
        var window = 0u;
        for (var k = j; k < j + len; k++)
        {
            window |= y[k].Letters;
        }

        var edits = Math.Max(System.Numerics.BitOperations.PopCount(t.Letters & ~window), System.Numerics.BitOperations.PopCount(window & ~t.Letters));

        // The margin covers rounding: a window is only ruled out when clearly below.
        return (1.0 - ((double)edits / longest)) * Alignment.CompoundSimilarity >= Alignment.CompoundSpellingMinimum - 1e-9;
    }

    /// <summary>What one name's tokens could at best show in any alignment.</summary>
    private readonly record struct SideBound(double Coverage, int Unmatched, int UnmatchedGeneric, int UnmatchedBody, bool AnySpecific, bool AnyNumber)
    {
        /// <summary>
        /// The side's bound when only tokens whose best reaches <paramref name="floor"/> (and the alignment threshold)
        /// may match, and at most <paramref name="most"/> of them.
        /// </summary>
        public static SideBound Of(ReadOnlySpan<TokenShape> x, ReadOnlySpan<double> best, double floor, int most)
        {
            double hardWeight = 0, reach = 0;
            int hardCount = 0, hardPossible = 0, unmatchedGeneric = 0, unmatchedBody = 0, possibleCount = 0;
            bool anySpecific = false, anyNumber = false;
            for (var i = 0; i < x.Length; i++)
            {
                var kind = x[i].Kind;
                if (!PreparedName.IsContent(kind))
                {
                    continue;
                }

                var w = x[i].Weight;
                var possible = Possible(best[i], floor);

                // Ancestors' names and repeats may count softly when unmatched: they are left out of the certain counts.
                var hard = (x[i].Roles & (TokenRoles.Ancestry | TokenRoles.Repeated)) == 0;
                anyNumber |= kind == TokenKind.Number;
                if (possible)
                {
                    reach += w * Math.Min(1.0, best[i]);
                    possibleCount++;
                    anySpecific |= kind is TokenKind.Word or TokenKind.Number;
                }

                if (hard)
                {
                    hardWeight += w;
                    hardCount++;
                    hardPossible += possible ? 1 : 0;
                    // A purpose's generic word counts only when another word of the purpose matched: at best, never.
                    unmatchedGeneric += !possible && kind == TokenKind.Generic && (x[i].Roles & (TokenRoles.NoSister | TokenRoles.Purpose)) == 0 ? 1 : 0;
                    unmatchedBody += !possible && (x[i].Roles & TokenRoles.Body) != 0 ? 1 : 0;
                }
            }

            // Matched weight is at most what the `most` best-reaching possible tokens reach: all of them, unless more
            // are possible than can be matched.
            if (possibleCount > most)
            {
                reach = MostReached(x, best, floor, possibleCount, most);
            }

            var unmatched = hardCount - Math.Min(hardPossible, most);
            var coverage = hardWeight > 0 ? Math.Min(1.0, reach / hardWeight) : (reach > 0 ? 1.0 : 0.0);
            return new SideBound(coverage, unmatched, unmatchedGeneric, unmatchedBody, anySpecific, anyNumber);
        }

        private static bool Possible(double best, double floor) => best >= Alignment.MinSimilarity && best >= floor;

        /// <summary>What the <paramref name="most"/> best-reaching of the <paramref name="count"/> possible tokens reach together.</summary>
        private static double MostReached(ReadOnlySpan<TokenShape> x, ReadOnlySpan<double> best, double floor, int count, int most)
        {
            Span<double> reaches = stackalloc double[count];
            var n = 0;
            for (var i = 0; i < x.Length; i++)
            {
                if (PreparedName.IsContent(x[i].Kind) && Possible(best[i], floor))
                {
                    reaches[n++] = x[i].Weight * Math.Min(1.0, best[i]);
                }
            }

            reaches.Sort();
            var reach = 0.0;
            for (var k = count - 1; k >= count - most; k--)
            {
                reach += reaches[k];
            }

            return reach;
        }
    }
}
