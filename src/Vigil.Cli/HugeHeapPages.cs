using System.Globalization;
using System.Runtime.InteropServices;

namespace Vigil.Cli;

/// <summary>
/// Asks Linux to back the runtime's heap with 2 MB pages (transparent huge pages: <c>madvise</c> with
/// <c>MADV_HUGEPAGE</c>, as the JVM's <c>-XX:+UseTransparentHugePages</c> does for its heap) for a one-shot command.
/// Reading and indexing the lists touches some 400 MB of fresh heap, and on a virtual machine the first touch of each
/// 4 KB page is a fault the hypervisor takes part in: about 98,000 faults, 40% of a cold start on the 2-core CI VM;
/// with 2 MB pages about 13,000 (docs/benchmarks.md). Not for long-running commands: the runtime gives freed regions
/// back and takes them again, and a huge page is cleared whole on each new touch (`vigil bench`'s single queries ran
/// about 10% slower). A kernel without transparent huge pages, or set to <c>never</c>, refuses or ignores the advice.
/// </summary>
internal static partial class HugeHeapPages
{
    // The garbage collector reserves its heap as one anonymous mapping of many gigabytes (256 GB with regions) and
    // commits pages of it as it grows; nothing else in the process maps a gigabyte without a file behind it.
    private const ulong SmallestHeapReservation = 1UL << 30;

    private const int MadviseHugePage = 14;

    private static int requests;

    /// <summary>How many times this process has asked (whatever the kernel answered).</summary>
    public static int Requests => Volatile.Read(ref requests);

    /// <summary>
    /// Advises every anonymous mapping of a gigabyte or more; returns how many took the advice (0 off Linux, or when
    /// the kernel refuses it). Never throws: a cold start goes on as before whatever happens here.
    /// </summary>
    public static int Request()
    {
        Interlocked.Increment(ref requests);
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            var advised = 0;
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                if (HeapReservation(line) is { } range && Madvise((nint)range.Start, (nuint)(range.End - range.Start), MadviseHugePage) == 0)
                {
                    advised++;
                }
            }

            return advised;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>
    /// The address range of a line of <c>/proc/self/maps</c> ("start-end perms offset dev inode [path]") when it is
    /// anonymous (no path) and a gigabyte or more; else null.
    /// </summary>
    internal static (ulong Start, ulong End)? HeapReservation(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || fields[0].Split('-') is not [var from, var to]
            || !ulong.TryParse(from, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(to, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end)
            || end <= start || end - start < SmallestHeapReservation)
        {
            return null;
        }

        return (start, end);
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
