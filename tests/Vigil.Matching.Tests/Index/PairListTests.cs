using FsCheck.Xunit;
using Vigil.Matching.Index;

namespace Vigil.Matching.Tests.Index;

public sealed class PairListTests
{
    [Fact]
    public void ToCompressedRows_RowsInOrderAdded_RepeatsDropped_EmptyKeysEmpty()
    {
        var list = new PairList(2);
        foreach (var (key, value) in new[] { (2, 1), (0, 1), (2, 1), (2, 3), (0, 4), (0, 4), (0, 4), (4, 5), (2, 5), (4, 5) })
        {
            list.Add(key, value);
        }

        var (offsets, ids) = list.ToCompressedRows(6);

        Assert.Equal([0, 2, 2, 5, 5, 6, 6], offsets);
        Assert.Equal([1, 4, 1, 3, 5, 5], ids);
    }

    // Against the obvious model: each key's values in the order added, a value equal to the one before it under that
    // key left out (values arrive in ascending order, as name ids do when the index is built).
    [Property(MaxTest = 300)]
    public bool ToCompressedRows_IsEachKeysDistinctValues(byte[] keyBytes, byte[] steps)
    {
        var keyCount = 1 + (keyBytes.Length % 40);
        var pairs = new List<(int Key, int Value)>();
        var value = 0;
        for (var i = 0; i < Math.Min(keyBytes.Length, steps.Length); i++)
        {
            value += steps[i] % 3;
            pairs.Add((keyBytes[i] % keyCount, value));
        }

        var list = new PairList(1);
        pairs.ForEach(p => list.Add(p.Key, p.Value));
        var (offsets, ids) = list.ToCompressedRows(keyCount);

        return Enumerable.Range(0, keyCount).All(k =>
            ids[offsets[k]..offsets[k + 1]].SequenceEqual(pairs.Where(p => p.Key == k).Select(p => p.Value).Distinct()));
    }
}
