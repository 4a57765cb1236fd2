using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Vigil.Matching.Index;
using Vigil.Matching.Names;

namespace Vigil.Matching.Scoring;

/// <summary>
/// The similarities of one query's tokens to listed tokens, each distinct listed token compared once per query: the
/// candidates of a query share most of their tokens (a common surname, "trading", "~llc"), and comparing tokens is
/// most of what scoring costs. Likewise what each listed token may be the compound of among the query's words, and
/// which query tokens may be the compound of a listed name's adjacent tokens (<see cref="WindowPartners"/>): the
/// logit bound asks both of every candidate. Reused across queries on one thread; entries are claimed by stamp,
/// never cleared.
/// </summary>
internal sealed class QueryTokenSimilarities
{
    private readonly TokenFacts[] queryFacts = new TokenFacts[Alignment.MaxTokens];
    private Entry[] entries = [];
    private double[] sims = [];
    private byte[] hows = [];
    private readonly TokenShape[] queryShapes = new TokenShape[Alignment.MaxTokens];
    private double[] joinBest = [];
    private double[] joinRaise = [];
    private WindowPartners partners;
    private ulong queryWindows;
    private int stamp;
    private int slots;
    private int width;
    private PreparedName query = null!;
    private NameTable table = null!;

    /// <summary>Starts a query (its header and token shapes given) over the given table of indexed names.</summary>
    public void Reset(PreparedName query, in NameHeader header, ReadOnlySpan<TokenShape> shapes, NameTable table)
    {
        this.query = query;
        this.table = table;
        width = Math.Min(query.Tokens.Length, Alignment.MaxTokens);
        shapes[..width].CopyTo(queryShapes);
        partners.Reset(shapes[..width], header.Person);
        queryWindows = header.Windows;
        for (var i = 0; i < width; i++)
        {
            queryFacts[i] = new TokenFacts(query, i);
        }

        if (entries.Length < table.VocabularyCount)
        {
            entries = new Entry[table.VocabularyCount];
            stamp = 0;
        }

        if (++stamp == int.MaxValue)
        {
            Array.Clear(entries);
            stamp = 1;
        }

        slots = 0;
    }

    /// <summary>Distinct listed tokens compared with the query's since <see cref="Reset"/>.</summary>
    public int Compared => slots;

    /// <summary>For each window of a listed name, the query's tokens that may be its compound.</summary>
    public ref readonly WindowPartners Partners => ref partners;

    /// <summary>
    /// For a name whose similarities were filled (<see cref="Fill"/>), its tokens that could be the compound of two or
    /// three adjacent tokens of the query, in the same script: raises their <paramref name="nameBest"/>, and the query
    /// tokens' <paramref name="queryBest"/>, to the similarity the alignment would credit, and tells whether there was one.
    /// </summary>
    public bool MarkJoins(ReadOnlySpan<TokenShape> name, Span<double> nameBest, Span<double> queryBest)
    {
        var marked = false;
        for (var j = 0; j < name.Length; j++)
        {
            ref readonly var entry = ref entries[name[j].Vocabulary];
            if (entry.Stamp != stamp)
            {
                throw new InvalidOperationException("The name's similarities were not filled for this query.");
            }

            var slot = entry.Slot;
            if (joinBest[slot] > 0)
            {
                marked = true;
                nameBest[j] = Math.Max(nameBest[j], joinBest[slot]);
                for (var k = 0; k < width; k++)
                {
                    queryBest[k] = Math.Max(queryBest[k], joinRaise[(slot * width) + k]);
                }
            }
        }

        return marked;
    }

    /// <summary>
    /// Writes the query-by-name similarity matrix of an indexed name, given its token shapes and whether it is a
    /// person's (the same for each of its tokens: part of what a token's number stands for) (row i = query token i,
    /// column j = name token j), exactly as <see cref="TokenSimilarity.Compute(PreparedName, int, PreparedName, int, out TokenMatchKind)"/> would
    /// where a pair reaches <see cref="Alignment.MinSimilarity"/>, 0 where the shapes rule that out.
    /// Returns whether a token of the name may be the compound of adjacent query tokens (<see cref="MarkJoins"/>).
    /// </summary>
    public bool Fill(ReadOnlySpan<TokenShape> name, bool person, Span<double> sim)
    {
        // The slots first: meeting a token for the first time may grow the arrays.
        var slotsOf = SlotsOf(name, person, stackalloc int[name.Length]);
        Gather(slotsOf, sims, sim);
        var joins = false;
        foreach (var slot in slotsOf)
        {
            joins |= joinBest[slot] > 0;
        }

        return joins;
    }

    /// <summary>
    /// Writes the kinds of match of the same matrix, after <see cref="Fill(ReadOnlySpan{TokenShape}, bool, Span{double})"/>:
    /// only a name that is aligned needs them, and most are not.
    /// </summary>
    public void FillKinds(ReadOnlySpan<TokenShape> name, bool person, Span<byte> how) => Gather(SlotsOf(name, person, stackalloc int[name.Length]), hows, how);

    /// <summary>
    /// Starts loading what <see cref="Fill"/> will read for a name's tokens, for a candidate further on in the run
    /// screening asks ahead for: their entries here, and what comparing a token the query has not met yet reads.
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<TokenShape> name)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        foreach (var t in name)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref entries[t.Vocabulary]));
        }

        table.PrefetchFacts(name);
    }

    /// <summary>Each token's slot in the per-slot arrays, making the slots not made yet.</summary>
    private ReadOnlySpan<int> SlotsOf(ReadOnlySpan<TokenShape> name, bool person, Span<int> slotsOf)
    {
        for (var j = 0; j < name.Length; j++)
        {
            slotsOf[j] = SlotOf(name[j], person);
        }

        return slotsOf;
    }

    /// <summary>Copies each token's slot (a column of the matrix, one entry per query token) into the matrix.</summary>
    private void Gather<T>(ReadOnlySpan<int> slotsOf, T[] slotValues, Span<T> matrix)
    {
        var m = slotsOf.Length;
        var n = width;
        for (var j = 0; j < m; j++)
        {
            var at = slotsOf[j] * n;
            for (var i = 0; i < n; i++)
            {
                matrix[(i * m) + j] = slotValues[at + i];
            }
        }
    }

    private int SlotOf(in TokenShape shape, bool person)
    {
        var id = shape.Vocabulary;
        ref var entry = ref entries[id];
        if (entry.Stamp == stamp)
        {
            return entry.Slot;
        }

        var slot = slots++;
        var n = width;
        if (sims.Length < slots * n)
        {
            Array.Resize(ref sims, Math.Max(sims.Length * 2, slots * n));
            Array.Resize(ref hows, sims.Length);
        }

        if (joinBest.Length < slots)
        {
            Array.Resize(ref joinBest, Math.Max(joinBest.Length * 2, slots));
        }

        if (joinRaise.Length < slots * n)
        {
            Array.Resize(ref joinRaise, Math.Max(joinRaise.Length * 2, slots * n));
        }

        // The shapes rule out most pairs (and most listed tokens have no pair left): their similarity stays 0, which
        // neither the alignment nor the bound reads, and the token's facts and text are not read at all.
        var mayJoin = queryWindows != 0 && NameComparer.MayJoinWindow(shape, person, queryWindows) && NameComparer.MayJoinQuery(shape, person, queryShapes.AsSpan(0, n));
        var reach = 0u;
        for (var i = 0; i < n; i++)
        {
            reach |= TokenSimilarity.MayReachAlignment(queryShapes[i], shape) ? 1u << i : 0;
        }

        sims.AsSpan(slot * n, n).Clear();
        hows.AsSpan(slot * n, n).Clear();
        joinRaise.AsSpan(slot * n, n).Clear();
        joinBest[slot] = 0;
        if (reach != 0 || mayJoin)
        {
            Compare(slot, id, shape, person, reach, mayJoin);
        }

        entry = new Entry(stamp, slot);
        return slot;
    }

    /// <summary>
    /// Fills slot <paramref name="slot"/> for listed token <paramref name="id"/>: its similarity to each query token of
    /// <paramref name="reach"/> (one bit each), and what it may join when <paramref name="mayJoin"/>.
    /// </summary>
    private void Compare(int slot, int id, in TokenShape shape, bool person, uint reach, bool mayJoin)
    {
        var n = width;
        var listed = table.TextOf(id);
        ref readonly var facts = ref table.FactsOf(id);
        for (; reach != 0; reach &= reach - 1)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(reach);
            sims[(slot * n) + i] = TokenSimilarity.Compute(TokenText.Of(query, i), queryFacts[i], listed, facts, out var kind);
            hows[(slot * n) + i] = (byte)kind;
        }

        // What the token joins is worked out here, once a query, so that the bound reads one number a candidate token.
        if (mayJoin)
        {
            NameComparer.JoinsOfToken(new JoiningToken(listed.Token, listed.Key, person, query.WithoutShortVowels), shape, query, queryShapes.AsSpan(0, n), queryWindows, ref joinBest[slot], joinRaise.AsSpan(slot * n, n));
        }
    }

    /// <summary>A distinct token's slot, valid while its stamp is the query's.</summary>
    private readonly record struct Entry(int Stamp, int Slot);
}
