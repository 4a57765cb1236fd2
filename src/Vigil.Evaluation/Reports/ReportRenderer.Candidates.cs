using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Evaluation.Candidates;

namespace Vigil.Evaluation.Reports;

/// <content>The UN recall and negatives tables.</content>
public static partial class ReportRenderer
{
    /// <summary>Renders the UN recall evaluation.</summary>
    public static IRenderable Render(UnRecallReport report, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<IRenderable>
        {
            Summary(
                "un-recall",
                [
                    ("threshold", F(report.Threshold)),
                    ("UN entities loaded", N(report.ListedEntities)),
                    ("rows corresponding line by line", $"{N(report.CorrespondingRows)} ({N(report.NonCorrespondingRows.Length)} not)"),
                    ("expected-id derivation", string.Join(", ", report.MappingCoverage.Select(kv => $"{kv.Key} {kv.Value}"))),
                    .. Figures(report.Metrics, recall: "recall@1", suffix: " (pooled)"),
                ]),
        };

        var files = NewTable("per file", "file", "rows", "evaluated", "excluded", "recall@1", "ranked first (any score)", "candidate recall", "wrong entity on top");
        foreach (var f in report.Files)
        {
            Row(files, f.File, N(f.Rows), N(f.Evaluated), N(f.Excluded), F(f.RecallAt1), F(f.RankedFirst), F(f.CandidateRecall), N(f.Metrics.FalsePositives));
        }

        parts.Add(files);
        foreach (var f in report.Files)
        {
            parts.Add(Listing(
                $"{f.File}: misses ({N(f.Misses.Length)})",
                f.Misses,
                maxRows,
                ["row", "query", "DOB", "nat.", "expected", "its score", "candidate?", "top result", "top score", "why the expected scored so"],
                m => [N(m.Row), m.Query, m.BirthDate, m.Nationality, $"{m.ExpectedId} {m.ExpectedName}", F(m.ExpectedScore), m.InCandidates ? "yes" : "NO", m.GotId is null ? "-" : $"{m.GotId} {m.GotName}", F(m.GotScore), m.Explanation]));
        }

        return new Rows(parts);
    }

    /// <summary>Renders the negatives evaluation.</summary>
    public static IRenderable Render(NegativesReport report, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sets = NewTable($"negatives at threshold {F(report.Threshold)} against {N(report.ListedEntities)} listed entities (precision/recall undefined: no positives)", "set", "queries", "false hits", "rate");
        foreach (var s in report.Sets)
        {
            Row(sets, s.Set, N(s.Queries), N(s.FalseHits), Pct(s.Rate));
        }

        Row(sets, "all", N(report.Sets.Sum(s => s.Queries)), N(report.Sets.Sum(s => s.FalseHits)), Pct(report.FalsePositiveRate));
        return new Rows(
            sets,
            Listing(
                $"False hits, highest score first ({N(report.FalseHits.Length)})",
                report.FalseHits,
                maxRows,
                ["set", "row", "query", "DOB", "nat.", "matched", "score", "explanation"],
                h => [h.Set, N(h.Row), h.Query, h.BirthDate, h.Nationality, $"{h.EntityId} {h.MatchedName}", F(h.Score), h.Explanation]));
    }
}
