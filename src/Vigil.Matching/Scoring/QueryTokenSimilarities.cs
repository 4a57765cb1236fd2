using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Vigil.Matching.Index;
using Vigil.Matching.Names;

namespace Vigil.Matching.Scoring;

/// <summary>
/// The similarities of one query's tokens to listed tokens, each distinct listed token compared once per query: the
/// candidates of a query share most of their tokens (a common surname, "trading", "~llc"), and comparing tokens is
/// most of what scoring costs. Reused across queries on one thread; entries are claimed by stamp, never cleared.
/// </summary>
internal sealed class QueryTokenSimilarities
{
    private readonly TokenFacts[] queryFacts = new TokenFacts[Alignment.MaxTokens];
    private Entry[] entries = [];
    private double[] sims = [];
    private byte[] hows = [];
    private int stamp;
    private int slots;
    private int width;
    private PreparedName query = null!;
    private NameTable table = null!;

    /// <summary>Starts a query over the given table of indexed names.</summary>
    public void Reset(PreparedName query, NameTable table)
    {
        this.query = query;
        this.table = table;
        width = Math.Min(query.Tokens.Length, Alignment.MaxTokens);
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

    /// <summary>
    /// Writes the query-by-name similarity matrix of an indexed name, given its token shapes (row i = query token i,
    /// column j = name token j), exactly as <see cref="TokenSimilarity.Compute(PreparedName, int, PreparedName, int, out TokenMatchKind)"/> would.
    /// </summary>
    public void Fill(ReadOnlySpan<TokenShape> name, Span<double> sim)
    {
        // The slots first: meeting a token for the first time may grow the arrays.
        var rows = RowsOf(name, stackalloc int[name.Length]);
        Gather(rows, sims, sim);
    }

    /// <summary>
    /// Writes the kinds of match of the same matrix, after <see cref="Fill(ReadOnlySpan{TokenShape}, Span{double})"/>:
    /// only a name that is aligned needs them, and most are not.
    /// </summary>
    public void FillKinds(ReadOnlySpan<TokenShape> name, Span<byte> how) => Gather(RowsOf(name, stackalloc int[name.Length]), hows, how);

    /// <summary>
    /// Starts loading what <see cref="Fill"/> will read for a name's tokens a few candidates from now: their entries
    /// here, and for those the query has not met yet, what comparing them reads.
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

    /// <summary>Where each token's similarities start in the per-slot arrays, making the slots not made yet.</summary>
    private ReadOnlySpan<int> RowsOf(ReadOnlySpan<TokenShape> name, Span<int> rows)
    {
        for (var j = 0; j < name.Length; j++)
        {
            rows[j] = SlotOf(name[j].Vocabulary) * width;
        }

        return rows;
    }

    /// <summary>Copies each token's slot (a column of the matrix, one entry per query token) into the matrix.</summary>
    private void Gather<T>(ReadOnlySpan<int> rows, T[] slotValues, Span<T> matrix)
    {
        var m = rows.Length;
        var n = width;
        for (var j = 0; j < m; j++)
        {
            var at = rows[j];
            for (var i = 0; i < n; i++)
            {
                matrix[(i * m) + j] = slotValues[at + i];
            }
        }
    }

    private int SlotOf(int id)
    {
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

        var listed = table.TextOf(id);
        ref readonly var facts = ref table.FactsOf(id);
        for (var i = 0; i < n; i++)
        {
            sims[(slot * n) + i] = TokenSimilarity.Compute(TokenText.Of(query, i), queryFacts[i], listed, facts, out var kind);
            hows[(slot * n) + i] = (byte)kind;
        }

        entry = new Entry(stamp, slot);
        return slot;
    }

    /// <summary>A distinct token's slot, valid while its stamp is the query's.</summary>
    private readonly record struct Entry(int Stamp, int Slot);
}
