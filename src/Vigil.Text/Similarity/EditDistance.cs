namespace Vigil.Text.Similarity;

/// <summary>Levenshtein edit distance on spans, without allocating for names of ordinary length.</summary>
public static class EditDistance
{
    private const int StackLimit = 128;
    private const int AsciiLimit = 128;

    // Per-thread match masks of the bit-parallel algorithm, indexed by ASCII character. Only the entries of the
    // characters in play are reset, so a call touches a few cache lines, not the whole table.
    [ThreadStatic]
    private static ulong[]? masks;

    /// <summary>The number of single-character insertions, deletions and substitutions turning one text into the other.</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
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
        return b.Length <= 64 ? BitParallel(b, a) : Rows(a, b);
    }

    /// <summary>1 minus the edit distance over the longer length: 1 for equal texts, 0 for nothing in common.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var max = Math.Max(a.Length, b.Length);
        return max == 0 ? 1.0 : 1.0 - ((double)Levenshtein(a, b) / max);
    }

    /// <summary>
    /// Myers (1999) in Hyyrö's formulation for global distance: vertical deltas of the whole DP column held as bit
    /// vectors, one word operation per character of <paramref name="text"/>. <paramref name="pattern"/> has 1..64 characters.
    /// </summary>
    private static int BitParallel(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
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
        foreach (var c in text)
        {
            var eq = c < AsciiLimit ? peq[c] : MaskOf(pattern, c);
            var xv = eq | mv;
            var xh = (((eq & pv) + pv) ^ pv) | eq;
            var ph = mv | ~(xh | pv);
            var mh = pv & xh;
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
            pv = mh | ~(xv | ph);
            mv = ph & xv;
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

    /// <summary>The textbook two-row dynamic programme, for texts longer than a word of bits.</summary>
    private static int Rows(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Sized to the text, not to the limit: the runtime zeroes what is stack-allocated.
        Span<int> row = b.Length + 1 > StackLimit ? new int[b.Length + 1] : stackalloc int[b.Length + 1];
        for (var j = 0; j < row.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            var ca = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var cost = ca == b[j - 1] ? 0 : 1;
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>The dynamic programme for any length; the reference the bit-parallel path is tested against.</summary>
    internal static int Reference(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Length < b.Length ? (a.Length == 0 ? b.Length : Rows(b, a)) : (b.Length == 0 ? a.Length : Rows(a, b));
}
