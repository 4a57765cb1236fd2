namespace Vigil.Evaluation.Metrics;

/// <summary>The counts and figures of one group of cases (a case group, a label, a schema, a split half).</summary>
/// <param name="Group">The group's name as the data writes it.</param>
/// <param name="Metrics">Its counts, precision, recall and F1.</param>
public sealed record GroupMetrics(string Group, ConfusionMatrix Metrics)
{
    /// <summary>Counts per group, groups in ordinal order of their names.</summary>
    public static System.Collections.Immutable.ImmutableArray<GroupMetrics> By<T>(IEnumerable<T> items, Func<T, string> group, Func<T, bool> expected, Func<T, bool> predicted)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(group);
        return [.. items.GroupBy(group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupMetrics(g.Key, ConfusionMatrix.Count(g, expected, predicted)))];
    }
}
