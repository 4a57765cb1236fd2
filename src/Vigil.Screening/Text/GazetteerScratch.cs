using System.Numerics;

namespace Vigil.Screening.Text;

/// <summary>
/// Per-thread accumulators for one run of text: for each listed name hit, which text positions hit it and which of
/// its words were hit. Reused across runs and calls so that gating allocates nothing per word.
/// </summary>
internal sealed class GazetteerScratch
{
    private ulong[] positions = [];
    private ushort[] words = [];
    private byte[] pairs = [];
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
            pairs = new byte[size];
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

        // Two words written as one on one side only ("Excle" for "Ex-Cle", or the reverse) count as two on both.
        var positionCount = BitOperations.PopCount(positionBits);
        var wordCount = BitOperations.PopCount(wordBits);
        if (positionCount == 2 && wordCount == 1)
        {
            pairs[entry] |= 1;
        }
        else if (positionCount == 1 && wordCount == 2)
        {
            pairs[entry] |= 2;
        }
    }

    /// <summary>
    /// The i-th entry hit: its text positions, its listed words hit, and how many words the two have in common, which
    /// is the smaller of the two counts (one text word close to two listed words is still one word).
    /// </summary>
    public (int Entry, ulong Positions, ushort Words, int Matched) this[int i]
    {
        get
        {
            var e = touched[i];
            var textPair = pairs[e] & 1;
            var listedPair = (pairs[e] >> 1) & 1;
            var matched = Math.Min(BitOperations.PopCount(words[e]) + textPair, BitOperations.PopCount(positions[e]) + listedPair);
            return (e, positions[e], words[e], matched);
        }
    }

    public void Clear()
    {
        for (var i = 0; i < count; i++)
        {
            positions[touched[i]] = 0;
            words[touched[i]] = 0;
            pairs[touched[i]] = 0;
        }

        count = 0;
    }
}
