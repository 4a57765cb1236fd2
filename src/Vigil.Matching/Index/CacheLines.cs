using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Matching.Index;

/// <summary>
/// Asks the processor to start loading every cache line a value or a run of values covers. Arrays are not laid out
/// on line boundaries, so a 48-byte header or a 96-byte token's facts often straddle one line more than their size
/// suggests; prefetching only the first leaves the rest to stall when read.
/// </summary>
internal static class CacheLines
{
    private const int LineSize = 64;

    /// <summary>Prefetches the lines holding <paramref name="count"/> values from <paramref name="first"/> on.</summary>
    public static unsafe void Prefetch<T>(ref T first, int count)
    {
        if (!Sse.IsSupported || count <= 0)
        {
            return;
        }

        var start = (nuint)Unsafe.AsPointer(ref first);
        var last = (start + ((nuint)Unsafe.SizeOf<T>() * (nuint)count) - 1) & ~(nuint)(LineSize - 1);
        for (var line = start & ~(nuint)(LineSize - 1); line <= last; line += LineSize)
        {
            Sse.Prefetch0((void*)line);
        }
    }
}
