using Vigil.Matching.Names;

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
    /// tokens, <paramref name="sim"/> their similarities (row i for query token i). Allocation-free. A first, looser
    /// bound takes every compound the token shapes allow as made; only when it reaches <paramref name="needed"/> are
    /// the compounds measured on the strings for the tighter one.
    /// </summary>
    internal double LogitUpperBound(PreparedName query, in NameHeader qh, ReadOnlySpan<TokenShape> q, PreparedName candidate, in NameHeader ch, ReadOnlySpan<TokenShape> c, ReadOnlySpan<double> sim, double needed = double.NegativeInfinity)
    {
        if (q.Length == 0 || c.Length == 0)
        {
            return NothingLogit;
        }

        // An acronym is scored by its own rule, not by token pairs.
        if (MayBeAcronymOf(qh, ch) || MayBeAcronymOf(ch, qh))
        {
            return double.PositiveInfinity;
        }

        var loose = Bound(query, qh, q, candidate, ch, c, sim, exact: false, needed);
        return loose < needed ? loose : Bound(query, qh, q, candidate, ch, c, sim, exact: true, needed);
    }

    private double Bound(PreparedName query, in NameHeader qh, ReadOnlySpan<TokenShape> q, PreparedName candidate, in NameHeader ch, ReadOnlySpan<TokenShape> c, ReadOnlySpan<double> sim, bool exact, double needed)
    {
        var n = q.Length;
        var m = c.Length;

        // The best partner each token could have: a pair aligns only above Alignment.MinSimilarity, or as part of a
        // compound (taken at CompoundSimilarity, the most JoinCompounds credits, or measured when exact).
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

        var compounds = MarkCompounds(query, q, qh.Person, candidate, c, ch.Windows, qBest, cBest, exact) | MarkCompounds(candidate, c, ch.Person, query, q, qh.Windows, cBest, qBest, exact);

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
        var qShorter = qh.ContentCount <= ch.ContentCount;
        var shortUnmatched = qShorter ? qs.Unmatched : cs.Unmatched;
        var longUnmatched = qShorter ? cs.Unmatched : qs.Unmatched;
        var minCoverage = Math.Min(qs.Coverage, cs.Coverage);
        var maxCoverage = Math.Max(qs.Coverage, cs.Coverage);

        // Each entry of NameFeatures.WriteVector as a range [lo, hi]; entry 8 (only generic words matched) is decided below.
        Span<double> lo = stackalloc double[NameFeatures.VectorLength];
        Span<double> hi = stackalloc double[NameFeatures.VectorLength];
        hi[0] = minCoverage;
        hi[1] = maxCoverage;
        hi[2] = weakest;
        (lo[3], hi[3]) = (Math.Min(shortUnmatched, 3), 3);
        (lo[4], hi[4]) = (Math.Min(longUnmatched, 4), 4);
        hi[5] = 3;
        hi[6] = qs.AnyNumber && cs.AnyNumber ? 1 : 0;
        lo[7] = hi[7] = qh.LegalGroups != 0 && ch.LegalGroups != 0 && (qh.LegalGroups & ch.LegalGroups) == 0 ? 1 : 0;
        hi[9] = person ? minCoverage : 0;
        hi[10] = person ? weakest : 0;
        (lo[11], hi[11]) = person ? (lo[3], hi[3]) : (0, 0);
        hi[12] = weakest >= 0.95 ? 1 : 0;
        (lo[13], hi[13]) = (Math.Max(0, 0.85 - weakest), 0.85);
        hi[14] = minCoverage * minCoverage;

        var w = weights.Weights.AsSpan();
        var z = weights.Bias;
        for (var k = 0; k < NameFeatures.VectorLength && k < w.Length; k++)
        {
            if (k != 8)
            {
                z += Math.Max(w[k] * lo[k], w[k] * hi[k]);
            }
        }

        // Policies: a penalty counts only when it is certain to apply; one that may apply is taken at its most favourable.
        var partialCertain = person && ((qh.ContentCount == 1 && ch.ContentCount > 1 && cs.Unmatched > 0)
            || (ch.ContentCount == 1 && qh.ContentCount > 1 && qs.Unmatched > 0));
        z -= partialCertain ? weights.PartialPersonNamePenalty : Math.Min(0, weights.PartialPersonNamePenalty);
        z -= Math.Min(0, weights.PatronymicReversalPenalty);
        z -= Math.Min(0, weights.NumberExtraPenalty);
        z -= Math.Min(weights.UnmatchedGenericPenalty * Math.Min(qs.UnmatchedGeneric + cs.UnmatchedGeneric, 2), weights.UnmatchedGenericPenalty * 2);

        // Only generic words matched: certain when no specific query word can match and the names are not identical.
        var w8 = w.Length > 8 ? w[8] : 0;
        var genericOnly = Math.Min(z + w8, weights.GenericOnlyCeiling);
        return !qs.AnySpecific && qs.Unmatched + cs.Unmatched > 0 ? genericOnly : Math.Max(z, genericOnly);
    }

    /// <summary>Whether the one identifying word of <paramref name="shortName"/> may spell the acronym of the other (see <see cref="IsAcronymOf"/>).</summary>
    private static bool MayBeAcronymOf(in NameHeader shortName, in NameHeader longName) =>
        longName.AcronymLength > 0 && shortName.ContentCount == 1 && longName.ContentCount >= 2
        && shortName.SoleLength == longName.AcronymLength && shortName.SoleFirst == longName.AcronymFirst;

    /// <summary>
    /// Marks the tokens of x that JoinCompounds could join to two or three adjacent tokens of y, and those tokens. Its
    /// conditions, loosened only where checking them would need the strings: initials of a person's words, or the
    /// same letters within an edit (two from twelve letters on) with the first or last letter kept, or the same sound
    /// with the same first sound.
    /// </summary>
    private static bool MarkCompounds(PreparedName xName, ReadOnlySpan<TokenShape> x, bool xPerson, PreparedName yName, ReadOnlySpan<TokenShape> y, ulong yWindows, Span<double> xBest, Span<double> yBest, bool exact)
    {
        if (yWindows == 0)
        {
            return false;
        }

        // Windows of two or three adjacent joinable tokens of y, by start: the letters they hold together, or -1. Laid
        // out only once a token of x passes the window-length test, which most never do.
        var m = y.Length;
        Span<int> pairs = stackalloc int[m];
        Span<int> triples = stackalloc int[m];
        var laidOut = false;
        var marked = false;
        for (var i = 0; i < x.Length; i++)
        {
            var t = x[i];
            if (!MayJoinWindow(t, xPerson, yWindows))
            {
                continue;
            }

            if (!laidOut)
            {
                LayOutWindows(y, pairs, triples);
                laidOut = true;
            }

            // Most windows are too long or too short for t: they are passed over here, without a call.
            for (var j = 0; j + 1 < m; j++)
            {
                if (Near(pairs[j], t, xPerson, 2))
                {
                    marked |= Mark(xName, i, t, xPerson, yName, y, j, 2, pairs[j], ref xBest[i], yBest, exact);
                }

                if (Near(triples[j], t, xPerson, 3))
                {
                    marked |= Mark(xName, i, t, xPerson, yName, y, j, 3, triples[j], ref xBest[i], yBest, exact);
                }
            }
        }

        return marked;
    }

    private static void LayOutWindows(ReadOnlySpan<TokenShape> y, Span<int> pairs, Span<int> triples)
    {
        var m = y.Length;
        for (var j = 0; j < m; j++)
        {
            pairs[j] = triples[j] = -1;
            if (j + 1 < m && Alignment.Joinable(y[j].Kind) && Alignment.Joinable(y[j + 1].Kind))
            {
                pairs[j] = y[j].Length + y[j + 1].Length;
                if (j + 2 < m && Alignment.Joinable(y[j + 2].Kind))
                {
                    triples[j] = pairs[j] + y[j + 2].Length;
                }
            }
        }
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
    private static bool MayJoinWindow(in TokenShape t, bool xPerson, ulong yWindows)
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
    /// Marks token i of x and tokens j..j+len-1 of y (<paramref name="total"/> letters, -1 when not joinable) with the
    /// similarity JoinCompounds would credit them, if they form a compound. The shapes rule most windows out; the rest
    /// are measured on the names' strings, exactly as JoinCompounds measures them.
    /// </summary>
    private static bool Mark(PreparedName xName, int i, in TokenShape t, bool person, PreparedName yName, ReadOnlySpan<TokenShape> y, int j, int len, int total, ref double tBest, Span<double> yBest, bool exact)
    {
        if (total < 0)
        {
            return false;
        }

        var maybe = (Math.Abs(total - t.Length) <= 2 && MayJoin(t, y, j, len, total))
            || (person && t.Length == len && Initial(y[j], t.First) && Initial(y[j + len - 1], t.Last));
        if (!maybe)
        {
            return false;
        }

        var sim = exact ? MeasuredWindow(xName, i, yName, j, len) : Alignment.CompoundSimilarity;
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

    /// <summary>Whether a window of <paramref name="len"/> tokens and <paramref name="total"/> letters (-1: none) passes Mark's first test.</summary>
    private static bool Near(int total, in TokenShape t, bool person, int len) =>
        total >= 0 && (Math.Abs(total - t.Length) <= 2 || (person && t.Length == len));

    private static double MeasuredWindow(PreparedName x, int i, PreparedName y, int j, int len)
    {
        Span<char> joined = stackalloc char[64];
        Span<char> key = stackalloc char[Text.Phonetics.PhoneticKey.MaxLength];
        return Alignment.WindowSimilarity(x, i, y, j, len, joined, key);
    }

    private static bool Initial(in TokenShape word, char letter) => word.First == letter && word.Kind is TokenKind.Word or TokenKind.Initial;

    /// <summary>
    /// Whether t may equal tokens j..j+len-1 of y written together (<paramref name="total"/> letters, within two of
    /// t's) closely enough for JoinCompounds: edit similarity 0.8 / CompoundSimilarity or better, or the same phonetic
    /// key of four sounds or more, which starts with the first part's.
    /// </summary>
    private static bool MayJoin(in TokenShape t, ReadOnlySpan<TokenShape> y, int j, int len, int total)
    {
        // Edit similarity 0.8 / 0.97 allows at most one edit below twelve letters (so the lengths differ by at most
        // one, and the first or the last letter is kept); from twelve on, the caller's two letters of difference.
        var longest = Math.Max(t.Length, total);
        var spelt = longest >= 12 || (Math.Abs(total - t.Length) <= 1 && (t.First == y[j].First || t.Last == y[j + len - 1].Last));
        return spelt || (t.KeyLength >= 4 && y[j].KeyLength > 0 && y[j].KeyFirst == t.KeyFirst);
    }

    /// <summary>What one name's tokens could at best show in any alignment.</summary>
    private readonly record struct SideBound(double Coverage, int Unmatched, int UnmatchedGeneric, bool AnySpecific, bool AnyNumber)
    {
        /// <summary>
        /// The side's bound when only tokens whose best reaches <paramref name="floor"/> (and the alignment threshold)
        /// may match, and at most <paramref name="most"/> of them.
        /// </summary>
        public static SideBound Of(ReadOnlySpan<TokenShape> x, ReadOnlySpan<double> best, double floor, int most)
        {
            double hardWeight = 0;
            int hardCount = 0, hardPossible = 0, unmatchedGeneric = 0, possibleCount = 0;
            bool anySpecific = false, anyNumber = false;
            Span<double> reaches = stackalloc double[x.Length];
            for (var i = 0; i < x.Length; i++)
            {
                var kind = x[i].Kind;
                if (!PreparedName.IsContent(kind))
                {
                    continue;
                }

                var w = x[i].Weight;
                var possible = best[i] >= Alignment.MinSimilarity && best[i] >= floor;

                // Ancestors' names and repeats may count softly when unmatched: they are left out of the certain counts.
                var hard = (x[i].Roles & (TokenRoles.Ancestry | TokenRoles.Repeated)) == 0;
                anyNumber |= kind == TokenKind.Number;
                if (possible)
                {
                    reaches[possibleCount++] = w * Math.Min(1.0, best[i]);
                    anySpecific |= kind is TokenKind.Word or TokenKind.Number;
                }

                if (hard)
                {
                    hardWeight += w;
                    hardCount++;
                    hardPossible += possible ? 1 : 0;
                    unmatchedGeneric += !possible && kind == TokenKind.Generic ? 1 : 0;
                }
            }

            // Matched weight is at most what the `most` best-reaching possible tokens reach; the total holds at least
            // every hard token, and at most `most` hard tokens are matched.
            var used = reaches[..possibleCount];
            used.Sort();
            var reach = 0.0;
            for (var k = used.Length - 1; k >= 0 && used.Length - k <= most; k--)
            {
                reach += used[k];
            }

            var unmatched = hardCount - Math.Min(hardPossible, most);
            var coverage = hardWeight > 0 ? Math.Min(1.0, reach / hardWeight) : (reach > 0 ? 1.0 : 0.0);
            return new SideBound(coverage, unmatched, unmatchedGeneric, anySpecific, anyNumber);
        }
    }
}
