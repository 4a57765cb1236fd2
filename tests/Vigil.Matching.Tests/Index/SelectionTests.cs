using FsCheck.Xunit;
using Vigil.Matching.Index;

namespace Vigil.Matching.Tests.Index;

public sealed class SelectionTests
{
    [Property(MaxTest = 500)]
    public bool KeepSmallest_FrontHoldsTheKSmallest(long[] values, int k)
    {
        var items = values.Distinct().ToArray();
        if (items.Length == 0)
        {
            return true;
        }

        k = 1 + (int)((uint)k % (uint)items.Length);
        Selection.KeepSmallest(items, k);
        return items[..k].Order().SequenceEqual(values.Distinct().Order().Take(k));
    }

    [Fact]
    public void KeepSmallest_SortedAndReversedRuns()
    {
        // Runs that are already in order, either way, are where simple pivots go wrong.
        var up = Enumerable.Range(0, 5_000).Select(i => (long)i).ToArray();
        var down = up.Reverse().ToArray();
        Selection.KeepSmallest(up, 400);
        Selection.KeepSmallest(down, 400);
        Assert.Equal(Enumerable.Range(0, 400).Select(i => (long)i), up[..400].Order());
        Assert.Equal(Enumerable.Range(0, 400).Select(i => (long)i), down[..400].Order());
    }
}
