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
        var parts = new List<IRenderable>
        {
            Summary(
                "cases " + report.File,
                ("cases", N(report.Cases)),
                ("threshold", F(report.Threshold)),
                ("precision", F(report.Metrics.Precision)),
                ("recall", F(report.Metrics.Recall)),
                ("F1", F(report.Metrics.F1)),
                ("expected ids not in the loaded lists", report.UnknownExpectedIds.IsEmpty ? "none" : string.Join(", ", report.UnknownExpectedIds))),
            MetricsTable("per schema", "schema", report.Schemas.Select(g => (g.Group, g.Metrics))),
        };

        var misses = NewTable($"Misses ({N(report.Misses.Length)})", "line", "query", "schema", "expected", "got", "score", "explanation");
        foreach (var m in report.Misses.Take(maxRows))
        {
            Row(misses, N(m.Line), m.Query, m.Schema, m.Expected, m.GotId is null ? "-" : $"{m.GotId} {m.GotName}", F(m.Score), m.Explanation);
        }

        parts.Add(Cut(misses, Math.Min(maxRows, report.Misses.Length), report.Misses.Length));
        return new Rows(parts);
    }
}
