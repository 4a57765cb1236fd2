using System.Collections.Immutable;

namespace Vigil.Screening.Bench;

/// <summary>
/// The targets of the issue "Index and candidate generation", which <c>vigil bench</c> reports against: what a
/// screening service on one small machine must sustain (interactive single queries, an overnight batch of millions,
/// a CLI answer within a person's patience, a footprint that fits a small container).
/// </summary>
public static class BenchTargets
{
    /// <summary>Single-query p50 at most this (µs).</summary>
    public const double SingleQueryP50Micros = 50;

    /// <summary>Single-query p99 at most this (µs).</summary>
    public const double SingleQueryP99Micros = 500;

    /// <summary>Batch throughput at least this (names per second).</summary>
    public const double BatchNamesPerSecond = 20_000;

    /// <summary>Index build at most this (ms).</summary>
    public const double IndexBuildMilliseconds = 1_000;

    /// <summary><c>vigil screen</c> process start to answer at most this (ms).</summary>
    public const double ColdStartMilliseconds = 1_500;

    /// <summary>Working set after load at most this (MB).</summary>
    public const double WorkingSetMb = 400;

    /// <summary>Compares a report with every target.</summary>
    public static ImmutableArray<BenchTarget> Evaluate(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            AtMost("single query p50", "µs", report.SingleQuery.P50, SingleQueryP50Micros),
            AtMost("single query p99", "µs", report.SingleQuery.P99, SingleQueryP99Micros),
            AtLeast("batch throughput", "names/s", report.Batch.NamesPerSecond, BatchNamesPerSecond),
            AtMost("index build at load", "ms", report.Lists.IndexMilliseconds, IndexBuildMilliseconds),
            AtMost("vigil screen, process start to answer (median)", "ms", report.ColdStart is { Runs: > 0 } c ? c.MedianMilliseconds : null, ColdStartMilliseconds),
            AtMost("working set after load", "MB", report.Lists.WorkingSetMb, WorkingSetMb),
        ];
    }

    private static BenchTarget AtMost(string measure, string unit, double? value, double target) =>
        new(measure, unit, value, "<=", target, value is { } v ? v <= target : null);

    private static BenchTarget AtLeast(string measure, string unit, double? value, double target) =>
        new(measure, unit, value, ">=", target, value is { } v ? v >= target : null);
}
