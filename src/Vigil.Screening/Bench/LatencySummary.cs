namespace Vigil.Screening.Bench;

/// <summary>A latency distribution in microseconds (nearest-rank percentiles).</summary>
/// <param name="Count">Samples.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Max">Slowest sample.</param>
/// <param name="Mean">Arithmetic mean.</param>
public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    /// <summary>An empty distribution.</summary>
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Summarises elapsed timestamps (in ticks of <paramref name="frequency"/> per second).</summary>
    public static LatencySummary FromTicks(ReadOnlySpan<long> ticks, long frequency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frequency, 1);
        if (ticks.IsEmpty)
        {
            return Empty;
        }

        var sorted = ticks.ToArray();
        Array.Sort(sorted);
        var scale = 1_000_000.0 / frequency;
        double sum = 0;
        foreach (var t in sorted)
        {
            sum += t;
        }

        return new LatencySummary(
            sorted.Length,
            Round(Percentile(sorted, 50) * scale),
            Round(Percentile(sorted, 90) * scale),
            Round(Percentile(sorted, 99) * scale),
            Round(sorted[^1] * scale),
            Round(sum / sorted.Length * scale));
    }

    /// <summary>Nearest-rank percentile of sorted values: the smallest value with at least p% of samples at or below it.</summary>
    public static long Percentile(ReadOnlySpan<long> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("No samples.", nameof(sorted));
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static double Round(double value) => Math.Round(value, 1);
}
