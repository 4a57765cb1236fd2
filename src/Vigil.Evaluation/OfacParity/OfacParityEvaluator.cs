using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Text.Normalization;

namespace Vigil.Evaluation.OfacParity;

/// <summary>
/// Scores each OFAC fixture with Vigil's name comparison and relates the two scores. The query is prepared with no
/// type, as OFAC's search takes none. The listed name takes the type of the loaded entity bearing it; a name not
/// found in the loaded lists is taken as a person's when written OFAC's individual way, "FAMILY, Given".
/// </summary>
public static class OfacParityEvaluator
{
    /// <summary>The default divergence: more than 30 points apart.</summary>
    public const double DefaultGapPoints = 30;

    /// <summary>Runs the comparison.</summary>
    public static OfacParityReport Evaluate(Screener screener, IReadOnlyList<OfacFixture> fixtures, double gapPoints = DefaultGapPoints)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(fixtures);
        var wanted = fixtures.Select(f => TextFolder.Fold(f.ResultName)).ToHashSet(StringComparer.Ordinal);
        var schemaOf = new Dictionary<string, Schema>(StringComparer.Ordinal);
        foreach (var entity in screener.Entities)
        {
            foreach (var name in entity.Names)
            {
                var folded = TextFolder.Fold(name.Full);
                if (wanted.Contains(folded))
                {
                    schemaOf.TryAdd(folded, entity.Schema);
                }
            }
        }

        var rows = ImmutableArray.CreateBuilder<OfacParityRow>(fixtures.Count);
        int resolved = 0, byComma = 0;
        foreach (var f in fixtures)
        {
            Schema listedSchema;
            if (schemaOf.TryGetValue(TextFolder.Fold(f.ResultName), out var s))
            {
                listedSchema = s;
                resolved++;
            }
            else if (f.ResultName.Contains(',', StringComparison.Ordinal))
            {
                listedSchema = Schema.Person;
                byComma++;
            }
            else
            {
                listedSchema = Schema.LegalEntity;
            }

            var q = screener.Preparer.Prepare(f.QueryName, Schema.LegalEntity);
            var l = screener.Preparer.Prepare(f.ResultName, listedSchema);
            var explanation = screener.Comparer.Explain(q, l);
            rows.Add(new OfacParityRow(f.Line, f.QueryName, f.ResultName, listedSchema, f.OfacScore, Math.Round(explanation.Score * 100, 1), explanation.Summary));
        }

        var all = rows.MoveToImmutable();
        var n = all.Length;
        var returned = all.Where(r => r.OfacScore is not null).ToList();
        return new OfacParityReport(
            n,
            returned.Count,
            RankCorrelation.Spearman([.. returned.Select(r => r.VigilScore)], [.. returned.Select(r => r.OfacScore!.Value)]),
            RankCorrelation.Spearman([.. all.Select(r => r.VigilScore)], [.. all.Select(r => r.OfacScore ?? -1)]),
            returned.Count == 0 ? 0 : returned.Average(r => Math.Abs(r.Difference!.Value)),
            returned.Count == 0 ? 0 : returned.Average(r => r.Difference!.Value),
            gapPoints,
            $"{resolved} listed names found in the loaded lists, {byComma} taken as persons by the 'FAMILY, Given' form, {n - resolved - byComma} untyped",
            [.. returned.Where(r => Math.Abs(r.Difference!.Value) > gapPoints).OrderByDescending(r => Math.Abs(r.Difference!.Value)).ThenBy(r => r.Line)],
            [.. all.Where(r => r.OfacScore is null).OrderByDescending(r => r.VigilScore).ThenBy(r => r.Line)],
            all);
    }
}
