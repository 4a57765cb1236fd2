namespace Vigil.Evaluation.Metrics;

/// <summary>
/// Counts of a binary decision against labels, with precision, recall and F1. Where a ratio has no denominator
/// (no predicted positives, no actual positives) it is 0, so every figure stays within 0..1 and an empty set
/// never reads as perfect.
/// </summary>
/// <param name="TruePositives">Labelled match, predicted match.</param>
/// <param name="FalsePositives">Labelled non-match, predicted match.</param>
/// <param name="FalseNegatives">Labelled match, predicted non-match.</param>
/// <param name="TrueNegatives">Labelled non-match, predicted non-match.</param>
public sealed record ConfusionMatrix(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>No cases.</summary>
    public static ConfusionMatrix Empty { get; } = new(0, 0, 0, 0);

    /// <summary>All cases counted.</summary>
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>TP / (TP + FP); 0 when nothing was predicted positive.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when nothing is labelled positive.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1
    {
        get
        {
            var p = Precision;
            var r = Recall;
            return p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
    }

    /// <summary>(TP + TN) / total; 0 for an empty set.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>Counts one decision.</summary>
    public static ConfusionMatrix Of(bool expected, bool predicted) => (expected, predicted) switch
    {
        (true, true) => new(1, 0, 0, 0),
        (false, true) => new(0, 1, 0, 0),
        (true, false) => new(0, 0, 1, 0),
        _ => new(0, 0, 0, 1),
    };

    /// <summary>Counts the decisions over a set of items.</summary>
    public static ConfusionMatrix Count<T>(IEnumerable<T> items, Func<T, bool> expected, Func<T, bool> predicted)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(predicted);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var item in items)
        {
            var e = expected(item);
            var p = predicted(item);
            if (e && p)
            {
                tp++;
            }
            else if (p)
            {
                fp++;
            }
            else if (e)
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return new ConfusionMatrix(tp, fp, fn, tn);
    }

    /// <summary>Adds two sets of counts.</summary>
    public static ConfusionMatrix operator +(ConfusionMatrix left, ConfusionMatrix right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives, left.TrueNegatives + right.TrueNegatives);
    }

    /// <summary>Adds two sets of counts.</summary>
    public static ConfusionMatrix Add(ConfusionMatrix left, ConfusionMatrix right) => left + right;

    private static double Ratio(int numerator, int denominator) => denominator > 0 ? (double)numerator / denominator : 0;
}
