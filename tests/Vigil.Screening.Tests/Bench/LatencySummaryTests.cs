using Vigil.Screening.Bench;

namespace Vigil.Screening.Tests.Bench;

public sealed class LatencySummaryTests
{
    [Fact]
    public void FromTicks_NearestRankPercentiles_InMicroseconds()
    {
        // 1..100 ms as ticks of a 1 kHz clock: p50 is the 50th value, p99 the 99th.
        var ticks = Enumerable.Range(1, 100).Reverse().Select(i => (long)i).ToArray();
        var s = LatencySummary.FromTicks(ticks, frequency: 1000);
        Assert.Equal((100, 50_000d, 90_000d, 99_000d, 100_000d, 50_500d), (s.Count, s.P50, s.P90, s.P99, s.Max, s.Mean));
    }

    [Fact]
    public void FromTicks_Empty_IsEmpty() => Assert.Equal(LatencySummary.Empty, LatencySummary.FromTicks([], 1000));

    [Theory]
    [InlineData(new long[] { 5 }, 99, 5)]
    [InlineData(new long[] { 1, 2 }, 50, 1)]
    [InlineData(new long[] { 1, 2 }, 51, 2)]
    [InlineData(new long[] { 1, 2, 3, 4 }, 100, 4)]
    public void Percentile_IsTheSmallestValueWithThatShareAtOrBelowIt(long[] sorted, double p, long expected) =>
        Assert.Equal(expected, LatencySummary.Percentile(sorted, p));
}
