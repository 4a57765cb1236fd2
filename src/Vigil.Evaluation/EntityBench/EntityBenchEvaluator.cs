using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;
using Vigil.Matching.Screening;

namespace Vigil.Evaluation.EntityBench;

/// <summary>Scores each check's query against its candidate with <see cref="Screener.Compare"/>.</summary>
public static class EntityBenchEvaluator
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="screener">The screener whose preparer, weights and evidence scoring are used; its lists only lend token rarity.</param>
    /// <param name="checks">The checks.</param>
    /// <param name="threshold">The threshold; the screener's own when null.</param>
    public static EntityBenchReport Evaluate(Screener screener, IReadOnlyList<EntityCheck> checks, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(checks);
        var t = threshold ?? screener.Options.MatchThreshold;
        var results = new (EntityCheck Check, ScreeningHit Hit)[checks.Count];
        for (var i = 0; i < checks.Count; i++)
        {
            var check = checks[i];
            results[i] = (check, screener.Compare(EntityCheckMapper.ToQuery(check), EntityCheckMapper.ToEntity(check), t));
        }

        var ignored = checks.SelectMany(c => c.Query.Values.Keys.Concat(c.Candidate.Values.Keys))
            .Where(k => !EntityCheckMapper.IsKnown(k))
            .GroupBy(k => k, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var misses = results.Where(r => r.Hit.IsMatch != r.Check.Match)
            .Select(r => new EntityMiss(r.Check.Index, r.Check.Line, r.Check.Schema, r.Check.Label, r.Check.Query.Describe(), r.Check.Candidate.Describe(), r.Check.Match, r.Hit.IsMatch, r.Hit.Score, r.Hit.Explanation.Summary));

        var stats = screener.Preparer.Statistics.NameCount;
        return new EntityBenchReport(
            t,
            stats == 0 ? "uniform" : $"{stats:N0} listed names",
            ConfusionMatrix.Count(results, r => r.Check.Match, r => r.Hit.IsMatch),
            GroupMetrics.By(results, r => r.Check.Schema, r => r.Check.Match, r => r.Hit.IsMatch),
            GroupMetrics.By(results, r => r.Check.Label ?? "(none)", r => r.Check.Match, r => r.Hit.IsMatch),
            ThresholdPoint.BestF1([.. results.Select(r => (r.Check.Match, r.Hit.Score))]),
            ignored,
            [.. misses]);
    }
}
