using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Evaluation.Cases;

namespace Vigil.Evaluation.Reports;

/// <content>The cases-file tables.</content>
public static partial class ReportRenderer
{
    /// <summary>Renders a cases-file run.</summary>
    public static IRenderable Render(CasesReport report, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Rows(
            Summary(
                "cases " + report.File,
                [
                    ("cases", N(report.Cases)),
                    ("threshold", F(report.Threshold)),
                    .. Figures(report.Metrics),
                    ("candidate recall", report.CandidateRecall is { } c ? F(c) : "-"),
                    ("expected ids not in the loaded lists", report.UnknownExpectedIds.IsEmpty ? "none" : string.Join(", ", report.UnknownExpectedIds)),
                ]),
            MetricsTable("per schema", "schema", report.Schemas.Select(g => (g.Group, g.Metrics))),
            Listing(
                $"Misses ({N(report.Misses.Length)})",
                report.Misses,
                maxRows,
                ["line", "query", "schema", "expected", "got", "score", "explanation"],
                m => [N(m.Line), m.Query, m.Schema, m.Expected, m.GotId is null ? "-" : $"{m.GotId} {m.GotName}", F(m.Score), m.Explanation]));
    }
}
