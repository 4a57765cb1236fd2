using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Vigil.Matching.Screening;

namespace Vigil.Screening.Bench;

/// <summary>The machine and runtime a benchmark ran on; figures mean little without them.</summary>
/// <param name="Date">When the run started.</param>
/// <param name="ProcessorCount">Logical processors available to the process.</param>
/// <param name="CpuModel">The CPU's model name (from /proc/cpuinfo), or null where unknown.</param>
/// <param name="TotalMemoryGb">Physical memory the runtime sees, in GB.</param>
/// <param name="Os">Operating system description.</param>
/// <param name="Runtime">.NET runtime description.</param>
/// <param name="Optimized">False when the matching code was compiled in Debug mode (figures then are not representative).</param>
/// <param name="ServerGc">True with the server garbage collector.</param>
/// <param name="LoadAverageBefore">The 1, 5 and 15-minute load averages at the start (Linux), or null.</param>
/// <param name="LoadAverageAfter">The same at the end.</param>
public sealed record BenchEnvironment(
    DateTimeOffset Date,
    int ProcessorCount,
    string? CpuModel,
    double TotalMemoryGb,
    string Os,
    string Runtime,
    bool Optimized,
    bool ServerGc,
    string? LoadAverageBefore,
    string? LoadAverageAfter)
{
    /// <summary>Captures the environment now (the after-load average is filled in later).</summary>
    public static BenchEnvironment Capture(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var debuggable = typeof(Screener).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().FirstOrDefault();
        return new BenchEnvironment(
            time.GetUtcNow(),
            Environment.ProcessorCount,
            ReadCpuModel(),
            Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            debuggable is null || !debuggable.IsJITOptimizerDisabled,
            GCSettings.IsServerGC,
            LoadAverage(),
            null);
    }

    /// <summary>The load averages now (Linux <c>/proc/loadavg</c>), or null elsewhere.</summary>
    public static string? LoadAverage()
    {
        try
        {
            var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : null;
            return text is null ? null : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? ReadCpuModel()
    {
        try
        {
            if (!File.Exists("/proc/cpuinfo"))
            {
                return null;
            }

            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal))
                {
                    return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
        }

        return null;
    }
}
