namespace Vigil.Screening.Text;

/// <summary>
/// Per-thread accumulators for one run of text: for each listed name hit, which text positions hit it and which of
/// its words were hit. Reused across runs and calls so that gating allocates nothing per word.
/// </summary>
internal sealed class GazetteerScratch
{
    private ulong[] positions = [];
    private ushort[] words = [];
    private int[] touched = [];
    private int count;

    /// <summary>Names hit so far.</summary>
    public int Count => count;

    public void Reset(int size)
    {
        if (positions.Length < size)
        {
            positions = new ulong[size];
            words = new ushort[size];
            touched = new int[size];
        }

        Clear();
    }

    /// <summary>Records that text positions <paramref name="positionBits"/> hit the words <paramref name="wordBits"/> of an entry.</summary>
    public void Add(int entry, ulong positionBits, ushort wordBits)
    {
        if (positions[entry] == 0)
        {
            touched[count++] = entry;
        }

        positions[entry] |= positionBits;
        words[entry] |= wordBits;
    }

    /// <summary>The i-th entry hit, with its text positions and listed words hit.</summary>
    public (int Entry, ulong Positions, ushort Words) this[int i]
    {
        get
        {
            var e = touched[i];
            return (e, positions[e], words[e]);
        }
    }

    public void Clear()
    {
        for (var i = 0; i < count; i++)
        {
            positions[touched[i]] = 0;
            words[touched[i]] = 0;
        }

        count = 0;
    }
}
