using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Matching.Index;

/// <summary>
/// The index's keys (64-bit hashes) to their postings rows, open-addressed: a lookup is usually one cache line, and a
/// query can ask for all of its lines before reading any (<see cref="Prefetch"/>), where a dictionary would follow
/// a bucket to an entry, one key after another.
/// </summary>
internal sealed class KeyTable
{
    private readonly Slot[] slots;
    private readonly int mask;

    public KeyTable(IReadOnlyDictionary<ulong, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // At most half full, so probes stay short.
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, rows.Count * 2));
        slots = new Slot[capacity];
        mask = capacity - 1;
        Array.Fill(slots, new Slot(0, -1));
        foreach (var (key, row) in rows)
        {
            var i = Home(key);
            while (slots[i].Row >= 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = new Slot(key, row);
        }
    }

    /// <summary>The row of a key, or -1 when the index has no such key.</summary>
    public int Find(ulong key)
    {
        var i = Home(key);
        while (true)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Row < 0 || slot.Key == key)
            {
                return slot.Row;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Asks the processor to start loading where <see cref="Find"/> will look for the key.</summary>
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref slots[Home(key)]));
        }
    }

    // The keys are hashes already: their low bits are as good as any.
    private int Home(ulong key) => (int)key & mask;

    private readonly record struct Slot(ulong Key, int Row);
}
