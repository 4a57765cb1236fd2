using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;
using Vigil.Matching.Screening;

namespace Vigil.Evaluation.Candidates;

/// <summary>Screens each UN row and checks its expected entity comes back first.</summary>
public static class UnRecallEvaluator
{
    /// <summary>Runs the evaluation over the treated and untreated files.</summary>
    /// <param name="screener">A screener over the UN list alone.</param>
    /// <param name="treated">Rows of positives_un_treated.csv.</param>
    /// <param name="untreated">Rows of positives_un_untreated.csv.</param>
    /// <param name="mapping">The expected entity of each row (un_expected.csv).</param>
    /// <param name="threshold">The threshold; the screener's own when null.</param>
    public static UnRecallReport Evaluate(Screener screener, IReadOnlyList<CandidateRow> treated, IReadOnlyList<CandidateRow> untreated, IReadOnlyList<UnExpectedEntry> mapping, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(untreated);
        ArgumentNullException.ThrowIfNull(mapping);
        var t = threshold ?? screener.Options.MatchThreshold;
        var expected = mapping.Where(m => m.ExpectedId is not null && screener.Find(m.ExpectedId) is not null).ToDictionary(m => m.Row, m => m.ExpectedId!);
        var bad = RowCorrespondence.Mismatches(treated, untreated);
        var files = ImmutableArray.Create(
            EvaluateFile(screener, "positives_un_treated.csv", treated, expected, t),
            EvaluateFile(screener, "positives_un_untreated.csv", untreated, expected, t));
        var coverage = mapping.GroupBy(m => m.ExpectedId is not null && screener.Find(m.ExpectedId) is null ? "missing-from-list" : m.Derivation, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new UnRecallReport(
            t,
            screener.Entities.Length,
            Math.Max(treated.Count, untreated.Count) - bad.Count,
            [.. bad],
            coverage,
            files[0].Metrics + files[1].Metrics,
            files);
    }

    /// <summary>Runs the evaluation over one file.</summary>
    public static UnRecallFile EvaluateFile(Screener screener, string file, IReadOnlyList<CandidateRow> rows, IReadOnlyDictionary<int, string> expected, double threshold)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(expected);
        var outcomes = new Outcome?[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var row = rows[i];
            if (!expected.TryGetValue(row.Row, out var id))
            {
                return;
            }

            var query = CustomerQuery.From(row);
            var hits = screener.Screen(query, 1, threshold);
            var top = hits.Count > 0 ? hits[0] : null;
            var inCandidates = screener.CandidateEntityIds(query).Contains(id, StringComparer.Ordinal);
            var first = top is not null && string.Equals(top.Entity.Id, id, StringComparison.Ordinal);
            UnMiss? miss = null;
            if (!(first && top!.IsMatch))
            {
                var entity = screener.Find(id)!;
                var own = screener.Compare(query, entity, threshold);
                miss = new UnMiss(row.Row, query.Name, row.DateOfBirth, row.Nationality, id, entity.PrimaryName.Full, own.Score, inCandidates, top?.Entity.Id, top?.MatchedName.Full, top?.Score, own.Explanation.Summary);
            }

            outcomes[i] = new Outcome(first, first && top!.IsMatch, top is { IsMatch: true } && !first, inCandidates, miss);
        });

        var evaluated = outcomes.Where(o => o is not null).Select(o => o!).ToList();
        var n = evaluated.Count;
        double Share(Func<Outcome, bool> f) => n == 0 ? 0 : (double)evaluated.Count(f) / n;
        var tp = evaluated.Count(o => o.Hit);
        var metrics = new ConfusionMatrix(tp, evaluated.Count(o => o.WrongMatch), n - tp, 0);
        return new UnRecallFile(
            file,
            rows.Count,
            n,
            rows.Count - n,
            Share(o => o.Hit),
            Share(o => o.First),
            Share(o => o.InCandidates),
            metrics,
            [.. evaluated.Where(o => o.Miss is not null).Select(o => o.Miss!)]);
    }

    private sealed record Outcome(bool First, bool Hit, bool WrongMatch, bool InCandidates, UnMiss? Miss);
}
