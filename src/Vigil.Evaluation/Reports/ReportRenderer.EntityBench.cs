using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Evaluation.EntityBench;

namespace Vigil.Evaluation.Reports;

/// <content>The entity benchmark's tables.</content>
public static partial class ReportRenderer
{
    /// <summary>Renders the entity benchmark.</summary>
    public static IRenderable Render(EntityBenchReport report, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Rows(
            Summary(
                "entity-bench",
                [
                    ("checks", N(report.Checks)),
                    ("threshold", F(report.Threshold)),
                    ("token statistics", report.TokenStatistics),
                    .. Figures(report.Metrics),
                    ("best F1 (threshold)", AtThreshold(report.BestThreshold)),
                    ("ignored properties", report.IgnoredProperties.IsEmpty ? "none" : string.Join(", ", report.IgnoredProperties.Select(kv => $"{kv.Key} ×{kv.Value}"))),
                ]),
            MetricsTable("per schema", "schema", report.Schemas.Select(g => (g.Group, g.Metrics))),
            MetricsTable("per label", "label", report.Labels.Select(g => (g.Group, g.Metrics))),
            Listing(
                $"Misses ({N(report.Misses.Length)})",
                report.Misses,
                maxRows,
                ["#", "schema", "query", "candidate", "label", "score", "explanation"],
                m => [N(m.Index), m.Schema, m.Query, m.Candidate, YesNo(m.Expected), F(m.Score), m.Explanation]));
    }
}
