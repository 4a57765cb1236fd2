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
    /// tokens, <paramref name="sim"/> their similarities (row i for query token i). Allocation-free.
    /// </summary>
    internal double LogitUpperBound(in NameHeader qh, ReadOnlySpan<TokenShape> q, in NameHeader ch, ReadOnlySpan<TokenShape> c, ReadOnlySpan<double> sim)
    {
        var n = q.Length;
        var m = c.Length;
        if (n == 0 || m == 0)
        {
            return NothingLogit;
        }

        // An acronym is scored by its own rule, not by token pairs.
        if (MayBeAcronymOf(qh, ch) || MayBeAcronymOf(ch, qh))
        {
            return double.PositiveInfinity;
        }

        // The best partner each token could have: a pair aligns only above Alignment.MinSimilarity, or as part of a
        // compound, which JoinCompounds credits at most CompoundSimilarity.
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

        MarkCompounds(q, qh.Person, c, ch.Windows, qBest, cBest);
        MarkCompounds(c, ch.Person, q, qh.Windows, cBest, qBest);
        var qs = SideBound.Of(q, qBest);
        var cs = SideBound.Of(c, cBest);
        if (!qs.AnyPossible)
        {
            return NothingLogit;
        }

        var person = qh.Person || ch.Person;
        var qShorter = qh.ContentCount <= ch.ContentCount;
        var shortUnmatched = qShorter ? qs.Unmatched : cs.Unmatched;
        var longUnmatched = qShorter ? cs.Unmatched : qs.Unmatched;
        var minCoverage = Math.Min(qs.Coverage, cs.Coverage);
        var maxCoverage = Math.Max(qs.Coverage, cs.Coverage);

        // The weakest matched token is no stronger than the best any query token can reach.
        var weakest = Math.Min(1.0, qs.Best);

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
        var bound = !qs.AnySpecific && qs.Unmatched + cs.Unmatched > 0 ? genericOnly : Math.Max(z, genericOnly);
        return Math.Max(bound, NothingLogit);
    }

    /// <summary>Whether the one identifying word of <paramref name="shortName"/> may spell the acronym of the other (see <see cref="IsAcronymOf"/>).</summary>
    private static bool MayBeAcronymOf(in NameHeader shortName, in NameHeader longName) =>
        longName.AcronymLength >= 2 && shortName.ContentCount == 1 && longName.ContentCount >= 2
        && shortName.SoleLength == longName.AcronymLength && shortName.SoleFirst == longName.AcronymFirst;

    /// <summary>
    /// Marks the tokens of x that JoinCompounds could join to two or three adjacent tokens of y, and those tokens. Its
    /// conditions, loosened only where checking them would need the strings: initials of a person's words, or the
    /// same letters within an edit (two from twelve letters on) with the first or last letter kept, or the same sound
    /// with the same first sound.
    /// </summary>
    private static void MarkCompounds(ReadOnlySpan<TokenShape> x, bool xPerson, ReadOnlySpan<TokenShape> y, ulong yWindows, Span<double> xBest, Span<double> yBest)
    {
        if (yWindows == 0 || !AnyJoinable(x, xPerson, yWindows))
        {
            return;
        }

        // Windows of two or three adjacent joinable tokens of y, by start: the letters they hold together, or -1.
        var m = y.Length;
        Span<int> pairs = stackalloc int[m];
        Span<int> triples = stackalloc int[m];
        var shortest = int.MaxValue;
        var longest = -1;
        for (var j = 0; j < m; j++)
        {
            pairs[j] = triples[j] = -1;
            if (j + 1 < m && Joinable(y[j]) && Joinable(y[j + 1]))
            {
                pairs[j] = y[j].Length + y[j + 1].Length;
                if (j + 2 < m && Joinable(y[j + 2]))
                {
                    triples[j] = pairs[j] + y[j + 2].Length;
                }
            }

            shortest = pairs[j] >= 0 ? Math.Min(shortest, pairs[j]) : shortest;
            longest = Math.Max(longest, Math.Max(pairs[j], triples[j]));
        }

        if (longest < 0)
        {
            return;
        }

        for (var i = 0; i < x.Length; i++)
        {
            // Too long or too short for any window, and too long to spell two or three initials: nothing to join.
            var t = x[i];
            if (t.Kind is TokenKind.LegalForm or TokenKind.Number || ((t.Length > longest + 2 || t.Length < shortest - 2) && t.Length > 3))
            {
                continue;
            }

            for (var j = 0; j + 1 < m; j++)
            {
                Mark(t, xPerson, y, j, 2, pairs[j], ref xBest[i], yBest);
                Mark(t, xPerson, y, j, 3, triples[j], ref xBest[i], yBest);
            }
        }
    }

    /// <summary>
    /// Whether any token of x has a length within two of a window of y (<see cref="NameHeader.WindowLengths"/>), or
    /// could spell a person's initials: almost never, so the windows themselves are seldom looked at.
    /// </summary>
    private static bool AnyJoinable(ReadOnlySpan<TokenShape> x, bool xPerson, ulong yWindows)
    {
        foreach (var t in x)
        {
            if (t.Kind is TokenKind.LegalForm or TokenKind.Number)
            {
                continue;
            }

            if ((xPerson && t.Length <= 3) || t.Length >= 61)
            {
                return true;
            }

            // Bits length-2 .. length+2.
            var near = 0x1FUL << Math.Max(t.Length - 2, 0) >> (t.Length < 2 ? 2 - t.Length : 0);
            if ((yWindows & near) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A token JoinCompounds may join with its neighbours: not a legal form ("~llc") and not a number.</summary>
    private static bool Joinable(in TokenShape token) => token.Kind is not (TokenKind.LegalForm or TokenKind.Number);

    /// <summary>Marks token t and tokens j..j+len-1 of y (<paramref name="total"/> letters, -1 when not joinable) if they may form a compound.</summary>
    private static void Mark(in TokenShape t, bool person, ReadOnlySpan<TokenShape> y, int j, int len, int total, ref double tBest, Span<double> yBest)
    {
        if (total < 0)
        {
            return;
        }

        var compound = Math.Abs(total - t.Length) <= 2 && MayJoin(t, y, j, len, total);
        if (!compound && person && t.Length == len)
        {
            // Initials: "jc" = "jean claude"; the middle of three letters is not kept, so three are checked at both ends.
            compound = Initial(y[j], t.First) && Initial(y[j + len - 1], t.Last);
        }

        if (compound)
        {
            tBest = Math.Max(tBest, Alignment.CompoundSimilarity);
            for (var k = j; k < j + len; k++)
            {
                yBest[k] = Math.Max(yBest[k], Alignment.CompoundSimilarity);
            }
        }
    }

    private static bool Initial(in TokenShape word, char letter) => word.First == letter && word.Kind is TokenKind.Word or TokenKind.Initial;

    /// <summary>
    /// Whether t may equal tokens j..j+len-1 of y written together closely enough for JoinCompounds: edit similarity
    /// 0.8 / CompoundSimilarity or better (one edit below twelve letters, which keeps the first or the last letter),
    /// or the same phonetic key of four sounds or more, which starts with the first part's.
    /// </summary>
    private static bool MayJoin(in TokenShape t, ReadOnlySpan<TokenShape> y, int j, int len, int total) =>
        Math.Max(t.Length, total) >= 12 || t.First == y[j].First || t.Last == y[j + len - 1].Last
        || (t.KeyLength >= 4 && y[j].KeyLength > 0 && y[j].KeyFirst == t.KeyFirst);

    /// <summary>What one name's tokens could at best show in any alignment.</summary>
    private readonly record struct SideBound(double Coverage, double Best, int Unmatched, int UnmatchedGeneric, bool AnyPossible, bool AnySpecific, bool AnyNumber)
    {
        public static SideBound Of(ReadOnlySpan<TokenShape> x, ReadOnlySpan<double> best)
        {
            double reach = 0, hardWeight = 0, top = 0;
            int unmatched = 0, unmatchedGeneric = 0;
            bool anyPossible = false, anySpecific = false, anyNumber = false;
            for (var i = 0; i < x.Length; i++)
            {
                var kind = x[i].Kind;
                if (!PreparedName.IsContent(kind))
                {
                    continue;
                }

                var w = x[i].Weight;
                var possible = best[i] >= Alignment.MinSimilarity;

                // Ancestors' names and repeats may count softly when unmatched: they are left out of the certain counts.
                var hard = (x[i].Roles & (TokenRoles.Ancestry | TokenRoles.Repeated)) == 0;
                anyNumber |= kind == TokenKind.Number;
                if (possible)
                {
                    reach += w * Math.Min(1.0, best[i]);
                    top = Math.Max(top, best[i]);
                    anyPossible = true;
                    anySpecific |= kind is TokenKind.Word or TokenKind.Number;
                }

                if (hard)
                {
                    hardWeight += w;
                    if (!possible)
                    {
                        unmatched++;
                        unmatchedGeneric += kind == TokenKind.Generic ? 1 : 0;
                    }
                }
            }

            // Matched weight is at most what the possible tokens reach; the total holds at least every hard token.
            var coverage = hardWeight > 0 ? Math.Min(1.0, reach / hardWeight) : (reach > 0 ? 1.0 : 0.0);
            return new SideBound(coverage, top, unmatched, unmatchedGeneric, anyPossible, anySpecific, anyNumber);
        }
    }
}
