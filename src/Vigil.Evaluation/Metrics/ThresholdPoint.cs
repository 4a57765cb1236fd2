using System.Collections.Immutable;

namespace Vigil.Evaluation.Metrics;

/// <summary>The figures a score would give at one threshold.</summary>
/// <param name="Threshold">The threshold: scores at or above it are matches.</param>
/// <param name="Metrics">The counts at that threshold.</param>
public sealed record ThresholdPoint(double Threshold, ConfusionMatrix Metrics)
{
    /// <summary>
    /// The threshold of best F1 among 0.30, 0.31, ... 0.99 (ties to the lower threshold): where the score's
    /// operating point could sit, next to where it does.
    /// </summary>
    public static ThresholdPoint BestF1(IReadOnlyList<(bool Expected, double Score)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ThresholdPoint? best = null;
        foreach (var point in Sweep(scored))
        {
            if (best is null || point.Metrics.F1 > best.Metrics.F1 + 1e-12)
            {
                best = point;
            }
        }

        return best!;
    }

    /// <summary>The figures at each threshold 0.30 .. 0.99 in steps of 0.01.</summary>
    public static ImmutableArray<ThresholdPoint> Sweep(IReadOnlyList<(bool Expected, double Score)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var points = ImmutableArray.CreateBuilder<ThresholdPoint>(70);
        for (var step = 30; step < 100; step++)
        {
            var t = step / 100.0;
            points.Add(new ThresholdPoint(t, ConfusionMatrix.Count(scored, s => s.Expected, s => s.Score >= t)));
        }

        return points.MoveToImmutable();
    }
}
