namespace Vigil.Text.Similarity;

/// <summary>
/// Edit distances on spans, without allocating for names of ordinary length: Levenshtein, and the optimal string
/// alignment distance, which also counts two adjacent letters swapped as one edit.
/// </summary>
public static class EditDistance
{
    private const int StackLimit = 128;
    private const int AsciiLimit = 128;

    // Per-thread match masks of the bit-parallel algorithm, indexed by ASCII character. Only the entries of the
    // characters in play are reset, so a call touches a few cache lines, not the whole table.
    [ThreadStatic]
    private static ulong[]? masks;

    /// <summary>The number of single-character insertions, deletions and substitutions turning one text into the other.</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Distance(a, b, transpositions: false);

    /// <summary>1 minus the edit distance over the longer length: 1 for equal texts, 0 for nothing in common.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => SimilarityOf(a, b, transpositions: false);

    /// <summary>
    /// The optimal string alignment distance: insertions, deletions, substitutions and swaps of two adjacent
    /// characters, each one edit, no character edited twice. A swap is the commonest slip of a typist ("Bakn" for
    /// "Bank"), which Levenshtein counts as two.
    /// </summary>
    public static int WithTranspositions(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Distance(a, b, transpositions: true);

    /// <summary><see cref="Similarity"/> with <see cref="WithTranspositions"/> for the distance.</summary>
    public static double SimilarityWithTranspositions(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => SimilarityOf(a, b, transpositions: true);

    private static double SimilarityOf(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool transpositions)
    {
        var max = Math.Max(a.Length, b.Length);
        return max == 0 ? 1.0 : 1.0 - ((double)Distance(a, b, transpositions) / max);
    }

    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool transpositions)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        // Name tokens fit in one 64-bit word: Myers' bit-vector algorithm computes a whole column per step.
        return b.Length <= 64 ? BitParallel(b, a, transpositions) : Rows(a, b, transpositions);
    }

    /// <summary>
    /// Myers (1999) in Hyyrö's formulation for global distance: vertical deltas of the whole DP column held as bit
    /// vectors, one word operation per character of <paramref name="text"/>. <paramref name="pattern"/> has 1..64
    /// characters. With <paramref name="transpositions"/>, Hyyrö's (2003) extension to the optimal string alignment
    /// distance: a diagonal step may also come from two cells back where the two characters match crosswise.
    /// </summary>
    private static int BitParallel(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool transpositions)
    {
        var peq = masks ??= new ulong[AsciiLimit];
        foreach (var c in text)
        {
            if (c < AsciiLimit)
            {
                peq[c] = 0;
            }
        }

        for (var k = 0; k < pattern.Length; k++)
        {
            if (pattern[k] < AsciiLimit)
            {
                peq[pattern[k]] = 0;
            }
        }

        for (var k = 0; k < pattern.Length; k++)
        {
            if (pattern[k] < AsciiLimit)
            {
                peq[pattern[k]] |= 1UL << k;
            }
        }

        var last = 1UL << (pattern.Length - 1);
        var pv = ulong.MaxValue;
        var mv = 0UL;
        var score = pattern.Length;

        // Hyyrö's form: d0 marks the column's diagonal zero-deltas; the previous column's, and its match mask, find swaps.
        var d0 = 0UL;
        var previousEq = 0UL;
        foreach (var c in text)
        {
            var eq = c < AsciiLimit ? peq[c] : MaskOf(pattern, c);
            var swap = transpositions ? ((~d0 & eq) << 1) & previousEq : 0UL;
            d0 = (((eq & pv) + pv) ^ pv) | eq | mv | swap;
            previousEq = eq;
            var ph = mv | ~(d0 | pv);
            var mh = pv & d0;
            if ((ph & last) != 0)
            {
                score++;
            }
            else if ((mh & last) != 0)
            {
                score--;
            }

            ph = (ph << 1) | 1;
            mh <<= 1;
            pv = mh | ~(d0 | ph);
            mv = ph & d0;
        }

        return score;
    }

    private static ulong MaskOf(ReadOnlySpan<char> pattern, char c)
    {
        var mask = 0UL;
        for (var k = 0; k < pattern.Length; k++)
        {
            if (pattern[k] == c)
            {
                mask |= 1UL << k;
            }
        }

        return mask;
    }

    /// <summary>
    /// The textbook dynamic programme, for texts longer than a word of bits: two rows, or three when swaps count
    /// (a swap reaches back two rows).
    /// </summary>
    private static int Rows(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool transpositions)
    {
        // Sized to the text, not to the limit: the runtime zeroes what is stack-allocated.
        var width = b.Length + 1;
        Span<int> rows = 3 * width > StackLimit ? new int[3 * width] : stackalloc int[3 * width];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var row = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            var ca = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }

                row[j] = d;
            }

            var spare = before;
            before = previous;
            previous = row;
            row = spare;
        }

        return previous[b.Length];
    }

    /// <summary>The dynamic programme for any length; the reference the bit-parallel path is tested against.</summary>
    internal static int Reference(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool transpositions = false) =>
        a.Length < b.Length ? (a.Length == 0 ? b.Length : Rows(b, a, transpositions)) : (b.Length == 0 ? a.Length : Rows(a, b, transpositions));
}
