using Vigil.Matching.Index;

namespace Vigil.Matching.Tests.Index;

public sealed class KeyTableTests
{
    [Fact]
    public void Find_EveryKeyInserted_ItsRow_AndNoneForOthers()
    {
        // Keys sharing their low bits land on the same home slot and must probe past each other; 0 is a key like any.
        var rows = new Dictionary<ulong, int> { [0] = 7 };
        for (var i = 1; i <= 1_000; i++)
        {
            rows[(ulong)i << 40] = i;
            rows[(ulong)i * 0x9E3779B97F4A7C15UL] = 1_000 + i;
        }

        var table = new KeyTable(rows);

        Assert.All(rows, kv => Assert.Equal(kv.Value, table.Find(kv.Key)));
        Assert.Equal(-1, table.Find(1));
        Assert.Equal(-1, table.Find(1_001UL << 40));
        Assert.Equal(-1, table.Find(ulong.MaxValue));
    }

    [Fact]
    public void Find_KeysSharingHighBitsAndHome_EachItsOwnRow()
    {
        // Two keys, one table of four slots: both start at slot 0 and keep the same high bits, so the second's probes
        // would meet the first's slot and read it as its own. The table grows until their homes part.
        var first = 0x1234_5678_0000_0000UL;
        var second = first + 4;
        var table = new KeyTable(new Dictionary<ulong, int> { [first] = 1, [second] = 2 });

        Assert.Equal(1, table.Find(first));
        Assert.Equal(2, table.Find(second));
        Assert.Equal(8, table.Capacity);
    }

    [Fact]
    public void Capacity_AtMostTwoThirdsFull_InPowersOfTwo()
    {
        KeyTable Of(int count) => new(Enumerable.Range(1, count).ToDictionary(i => (ulong)i * 0x9E3779B97F4A7C15UL, i => i));
        Assert.Equal(4_096, Of(2_731).Capacity);
        Assert.Equal(8_192, Of(2_732).Capacity);
    }

    [Fact]
    public void Find_EmptyTable_None() => Assert.Equal(-1, new KeyTable(new Dictionary<ulong, int>()).Find(42));
}
