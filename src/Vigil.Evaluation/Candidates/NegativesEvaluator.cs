using Vigil.Matching.Screening;

namespace Vigil.Evaluation.Candidates;

/// <summary>
/// Screens every person of the negative sets (customer-style queries: name, date of birth, nationality) and counts
/// those with a match. Queries run in parallel over the machine's cores; the screener is thread-safe.
/// </summary>
public static class NegativesEvaluator
{
    /// <summary>Runs the evaluation.</summary>
    /// <param name="screener">A screener over every bundled list.</param>
    /// <param name="sets">The negative sets.</param>
    /// <param name="threshold">The threshold; the screener's own when null.</param>
    /// <param name="progress">Told the number of queries done, now and then; may be null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static NegativesReport Evaluate(Screener screener, IReadOnlyList<NegativeSet> sets, double? threshold = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(sets);
        var t = threshold ?? screener.Options.MatchThreshold;
        var work = sets.SelectMany(s => s.Rows.Select(r => (s.Name, Row: r))).ToArray();
        var hits = new NegativeHit?[work.Length];
        var done = 0;
        Parallel.For(0, work.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (set, row) = work[i];
            var found = screener.Screen(CustomerQuery.From(row), 1, t);
            if (found.Count > 0 && found[0].IsMatch)
            {
                var top = found[0];
                hits[i] = new NegativeHit(set, row.Row, row.FullName, row.DateOfBirth, row.Nationality, top.Entity.Id, top.MatchedName.Full, top.Score, top.Explanation.Summary);
            }

            var n = Interlocked.Increment(ref done);
            if (progress is not null && n % 1000 == 0)
            {
                progress.Report(n);
            }
        });

        progress?.Report(work.Length);
        var results = sets.Select(s => new NegativeSetResult(s.Name, s.Rows.Count, hits.Count(h => h is not null && string.Equals(h.Set, s.Name, StringComparison.Ordinal))));
        var all = hits.Where(h => h is not null).Select(h => h!)
            .OrderByDescending(h => h.Score).ThenBy(h => h.Set, StringComparer.Ordinal).ThenBy(h => h.Row);
        return new NegativesReport(t, screener.Entities.Length, [.. results], [.. all]);
    }
}
