using Vigil.Evaluation.Metrics;
using Vigil.Matching.Screening;

namespace Vigil.Evaluation.Cases;

/// <summary>Screens each case of a cases file and checks the top match against the expectation.</summary>
public static class CasesEvaluator
{
    /// <summary>Runs the cases.</summary>
    /// <param name="screener">A screener over the lists the cases refer to.</param>
    /// <param name="file">The cases file's name, for the report.</param>
    /// <param name="cases">The cases.</param>
    /// <param name="threshold">The threshold; the screener's own when null.</param>
    public static CasesReport Evaluate(Screener screener, string file, IReadOnlyList<CaseRow> cases, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(cases);
        var t = threshold ?? screener.Options.MatchThreshold;
        var outcomes = new Outcome[cases.Count];
        Parallel.For(0, cases.Count, i =>
        {
            var c = cases[i];
            var query = new ScreeningQuery { Name = c.Query, Schema = c.Schema };
            var hits = screener.Screen(query, 1, t);
            var top = hits.Count > 0 && hits[0].IsMatch ? hits[0] : null;
            var matrix = Classify(c.ExpectedId, top?.Entity.Id);
            var candidate = c.ExpectedId is not null && screener.CandidateEntityIds(query).Contains(c.ExpectedId, StringComparer.Ordinal);
            CaseMiss? miss = null;
            if (matrix.TruePositives == 0 && matrix.TrueNegatives == 0)
            {
                var schema = c.Schema?.ToString() ?? "Any";
                var expectedText = c.ExpectedId ?? CaseFileReader.None;
                if (top is not null)
                {
                    miss = new CaseMiss(c.Line, c.Query, schema, expectedText, top.Entity.Id, top.MatchedName.Full, top.Score, top.Explanation.Summary);
                }
                else if (c.ExpectedId is not null && screener.Find(c.ExpectedId) is { } entity)
                {
                    var own = screener.Compare(query, entity, t);
                    var found = candidate ? string.Empty : " (not among the index's candidates)";
                    miss = new CaseMiss(c.Line, c.Query, schema, expectedText, null, null, own.Score, $"expected entity scored {own.Score:0.000}{found}: {own.Explanation.Summary}");
                }
                else
                {
                    miss = new CaseMiss(c.Line, c.Query, schema, expectedText, null, null, null, "expected entity is not in the loaded lists");
                }
            }

            outcomes[i] = new Outcome(c, matrix, miss, candidate);
        });

        var total = outcomes.Aggregate(ConfusionMatrix.Empty, (sum, o) => sum + o.Matrix);
        var schemas = outcomes.GroupBy(o => o.Case.Schema?.ToString() ?? "Any", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupMetrics(g.Key, g.Aggregate(ConfusionMatrix.Empty, (sum, o) => sum + o.Matrix)));
        var unknown = cases.Where(c => c.ExpectedId is not null && screener.Find(c.ExpectedId) is null).Select(c => c.ExpectedId!).Distinct(StringComparer.Ordinal);
        var expected = outcomes.Where(o => o.Case.ExpectedId is not null && screener.Find(o.Case.ExpectedId) is not null).ToList();
        return new CasesReport(file, t, cases.Count, total, [.. schemas], [.. unknown], [.. outcomes.Where(o => o.Miss is not null).Select(o => o.Miss!)])
        {
            CandidateRecall = expected.Count == 0 ? null : (double)expected.Count(o => o.Candidate) / expected.Count,
        };
    }

    /// <summary>The counts one case contributes, given its expectation and the top match at the threshold (null for none).</summary>
    public static ConfusionMatrix Classify(string? expectedId, string? topMatchId) => (expectedId, topMatchId) switch
    {
        (null, null) => new(0, 0, 0, 1),
        (null, _) => new(0, 1, 0, 0),
        (_, null) => new(0, 0, 1, 0),
        _ when string.Equals(expectedId, topMatchId, StringComparison.Ordinal) => new(1, 0, 0, 0),
        _ => new(0, 1, 1, 0),
    };

    private sealed record Outcome(CaseRow Case, ConfusionMatrix Matrix, CaseMiss? Miss, bool Candidate);
}
