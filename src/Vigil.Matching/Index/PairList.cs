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

    /// <summary>
    /// The postings as rows: key k's ids are Ids[Offsets[k]..Offsets[k + 1]], in the order added, each once. Besides
    /// the two arrays returned it allocates one of a count per key: with hundreds of thousands of keys, each such array
    /// is a large-object allocation, and their total decides whether building the index triggers a full collection.
    /// </summary>
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

        // Values arrive in ascending name order, so a repeat of the same name under a key is the last one written there.
        var ids = new int[count];
        var written = new int[keyCount];
        for (var i = 0; i < count; i++)
        {
            var k = keys[i];
            var row = offsets[k];
            var n = written[k];
            if (n > 0 && ids[row + n - 1] == values[i])
            {
                continue;
            }

            ids[row + n] = values[i];
            written[k] = n + 1;
        }

        // Compact away the slots left by dropped duplicates, the offsets moved with them in place (a row only moves
        // towards the start, and its old offset is read before it is overwritten). Rows hold a few ids each: a loop
        // moves them for less than a call to copy each row.
        var at = 0;
        for (var k = 0; k < keyCount; k++)
        {
            var from = offsets[k];
            var length = written[k];
            offsets[k] = at;
            if (from != at)
            {
                for (var j = 0; j < length; j++)
                {
                    ids[at + j] = ids[from + j];
                }
            }

            at += length;
        }

        offsets[keyCount] = at;
        Array.Resize(ref ids, at);
        return (offsets, ids);
    }
}
