using System.Diagnostics;
using System.Globalization;

namespace Vigil.Screening.Bench;

/// <summary>Times a child process from start to exit, several times, and reports the median.</summary>
internal static class ColdStartProbe
{
    public static async Task<BenchColdStart> MeasureAsync(ColdStartCommand command, int runs, TimeProvider time, CancellationToken cancellationToken)
    {
        var times = new List<double>(runs);
        var failures = 0;
        string? error = null;
        for (var run = 0; run < runs; run++)
        {
            var info = new ProcessStartInfo(command.FileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            foreach (var argument in command.Arguments)
            {
                info.ArgumentList.Add(argument);
            }

            var start = time.GetTimestamp();
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command.FileName}");

            // Both pipes are drained while the child runs, or a full pipe would stall it and the timing with it.
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(start).TotalMilliseconds;
            await stdout.ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);
            if (process.ExitCode == 0)
            {
                times.Add(elapsed);
            }
            else
            {
                failures++;
                var last = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;
                error ??= string.Create(CultureInfo.InvariantCulture, $"exit code {process.ExitCode}: {last}");
            }
        }

        times.Sort();
        return new BenchColdStart(
            command.ToString(),
            times.Count,
            failures,
            times.Count == 0 ? 0 : Math.Round(Median(times)),
            times.Count == 0 ? 0 : Math.Round(times[0]),
            times.Count == 0 ? 0 : Math.Round(times[^1]),
            error);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
