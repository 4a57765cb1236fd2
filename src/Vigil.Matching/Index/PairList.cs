namespace Vigil.Matching.Index;

/// <summary>
/// A growable list of (key, name) postings that turns into compressed rows by a counting sort, so building the
/// index allocates two arrays instead of one list per key. Duplicate postings of a name under one key are dropped.
/// </summary>
internal sealed class PairList(int capacity)
{
    private int[] keys = new int[Math.Max(16, capacity)];
    private int[] values = new int[Math.Max(16, capacity)];
    private int count;

    public void Add(int key, int value)
    {
        if (count == keys.Length)
        {
            Array.Resize(ref keys, count * 2);
            Array.Resize(ref values, count * 2);
        }

        keys[count] = key;
        values[count] = value;
        count++;
    }

    public (int[] Offsets, int[] Ids) ToCompressedRows(int keyCount)
    {
        var offsets = new int[keyCount + 1];
        for (var i = 0; i < count; i++)
        {
            offsets[keys[i] + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            offsets[k + 1] += offsets[k];
        }

        var cursor = (int[])offsets.Clone();
        var ids = new int[count];
        var last = new int[keyCount];
        Array.Fill(last, -1);
        var written = new int[keyCount];

        // Values arrive in ascending name order, so a repeat of the same name under a key is always adjacent.
        for (var i = 0; i < count; i++)
        {
            var k = keys[i];
            if (last[k] == values[i])
            {
                continue;
            }

            last[k] = values[i];
            ids[cursor[k]++] = values[i];
            written[k]++;
        }

        // Compact away the slots left by dropped duplicates. Rows hold a few ids each: a loop moves them for less
        // than a call to copy each row.
        var compact = new int[keyCount + 1];
        var at = 0;
        for (var k = 0; k < keyCount; k++)
        {
            compact[k] = at;
            var from = offsets[k];
            var length = written[k];
            if (from != at)
            {
                for (var j = 0; j < length; j++)
                {
                    ids[at + j] = ids[from + j];
                }
            }

            at += length;
        }

        compact[keyCount] = at;
        Array.Resize(ref ids, at);
        return (compact, ids);
    }
}
