using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Matching.Index;

/// <summary>
/// The index's keys (64-bit hashes) to their postings rows, open-addressed: a lookup is usually one cache line, and a
/// query can ask for all of its lines before reading any (<see cref="Prefetch"/>), where a dictionary would follow
/// a bucket to an entry, one key after another.
/// </summary>
/// <remarks>
/// A slot keeps the key's high 32 bits, not the key: its low bits chose where it sits. Eight bytes a slot, a third to two
/// thirds full (probes of eight-byte slots mostly stay in one line), make the table a quarter of what whole keys at a
/// quarter to a half full took (16 MB for the bundled lists' 266,000 keys), and it is the largest thing a query reads at
/// random. A key the index lacks whose probes meet a slot with the same high bits (about one lookup in 10^9) is given
/// that slot's row: extra candidates, as a collision of whole hashes would be, never a lost one. A key the table holds
/// is never taken for another: see the constructor.
/// </remarks>
internal sealed class KeyTable
{
    private Slot[] slots = [];
    private int mask;

    public KeyTable(IReadOnlyDictionary<ulong, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // At most two thirds full, so probes stay short. A key whose probes would meet a held key with the same high
        // bits before its own slot would be read as that key: the table is made again twice the size, where their
        // homes part (so rare that the bundled lists never need it).
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, rows.Count + (rows.Count / 2)));
        while (!TryFill(rows, capacity))
        {
            capacity *= 2;
        }
    }

    /// <summary>Slots in the table.</summary>
    public int Capacity => slots.Length;

    /// <summary>The row of a key, or -1 when the index has no such key.</summary>
    public int Find(ulong key)
    {
        var check = CheckOf(key);
        var i = Home(key);
        while (true)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Row < 0 || slot.Check == check)
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

    private static uint CheckOf(ulong key) => (uint)(key >> 32);

    private bool TryFill(IReadOnlyDictionary<ulong, int> rows, int capacity)
    {
        slots = new Slot[capacity];
        mask = capacity - 1;
        Array.Fill(slots, new Slot(0, -1));
        foreach (var (key, row) in rows)
        {
            if (Find(key) >= 0)
            {
                return false;
            }

            var i = Home(key);
            while (slots[i].Row >= 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = new Slot(CheckOf(key), row);
        }

        return true;
    }

    // The keys are hashes already: their low bits are as good as any.
    private int Home(ulong key) => (int)key & mask;

    private readonly record struct Slot(uint Check, int Row);
}
