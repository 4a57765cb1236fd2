namespace Vigil.Matching.Index;

/// <summary>Picking the best few of many without sorting them all.</summary>
internal static class Selection
{
    /// <summary>
    /// Moves the <paramref name="k"/> smallest of distinct <paramref name="items"/> to the front, in any order
    /// (quickselect; a sort of what is left after many rounds, so a bad run of pivots costs no more than sorting).
    /// </summary>
    public static void KeepSmallest(Span<long> items, int k)
    {
        var lo = 0;
        var hi = items.Length - 1;
        for (var round = 0; lo < hi; round++)
        {
            if (round == 48)
            {
                items[lo..(hi + 1)].Sort();
                return;
            }

            var a = items[lo];
            var b = items[(lo + hi) >>> 1];
            var c = items[hi];
            var pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (items[i] < pivot)
                {
                    i++;
                }

                while (items[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            // Now items[lo..j] <= pivot <= items[i..hi]; anything between equals the pivot and is in place.
            if (k - 1 <= j)
            {
                hi = j;
            }
            else if (k - 1 >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }
}
