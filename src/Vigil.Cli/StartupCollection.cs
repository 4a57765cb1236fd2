using System.Runtime;

namespace Vigil.Cli;

/// <summary>
/// Holds off garbage collection for the whole of a one-shot command (<c>vigil screen</c> and the like): reading and
/// indexing the lists is most of its time, and nearly everything allocated then survives, so each collection on the
/// way copies and re-marks a growing heap (a cold start made four or five full collections, a third of its time;
/// docs/benchmarks.md). The hold lasts until the answer is written, not only through the load: the first collection
/// after it would have to promote the whole index at once. The process ends right after, so its garbage is never
/// worth collecting. Long-running commands (serve, batch, bench) do not hold: the memory they run with matters.
/// </summary>
internal static class StartupCollection
{
    // Never more than a quarter of the memory the runtime may use: on a small host the budget runs out first, the
    // runtime collects as usual and leaves the region by itself.
    private const long MostBudget = 1L << 30;

    private static int held;

    private static int holds;

    /// <summary>How many holds this process has started.</summary>
    public static int Holds => Volatile.Read(ref holds);

    /// <summary>Whether this process is inside a region started here.</summary>
    public static bool Holding => Volatile.Read(ref held) == 1;

    /// <summary>The most that may be allocated before the runtime collects anyway.</summary>
    public static long Budget
    {
        get
        {
            var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            return available > 0 ? Math.Min(MostBudget, available / 4) : MostBudget;
        }
    }

    /// <summary>Starts holding off collection; false when the runtime declines (or another caller holds it).</summary>
    public static bool Hold()
    {
        if (Interlocked.CompareExchange(ref held, 1, 0) != 0)
        {
            return false;
        }

        try
        {
            if (GC.TryStartNoGCRegion(Budget))
            {
                Interlocked.Increment(ref holds);
                return true;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Already in a region started elsewhere, or a budget the runtime cannot give: run as usual.
        }

        Volatile.Write(ref held, 0);
        return false;
    }

    /// <summary>Lets collection run again; nothing to do when not holding, or when the runtime already ended the region.</summary>
    public static void Release()
    {
        if (Interlocked.Exchange(ref held, 0) != 1 || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The budget was spent or a collection was induced in between: the runtime has left the region itself.
        }
    }
}
