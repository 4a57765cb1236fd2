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
    public void Find_EmptyTable_None() => Assert.Equal(-1, new KeyTable(new Dictionary<ulong, int>()).Find(42));
}
