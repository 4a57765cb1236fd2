namespace Vigil.Text.Similarity;

/// <summary>Levenshtein edit distance on spans, without allocating for names of ordinary length.</summary>
public static class EditDistance
{
    private const int StackLimit = 128;

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

        // Sized to the token, not to the limit: the runtime zeroes what is stack-allocated, and tokens are short.
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

    /// <summary>1 minus the edit distance over the longer length: 1 for equal texts, 0 for nothing in common.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var max = Math.Max(a.Length, b.Length);
        return max == 0 ? 1.0 : 1.0 - ((double)Levenshtein(a, b) / max);
    }
}
