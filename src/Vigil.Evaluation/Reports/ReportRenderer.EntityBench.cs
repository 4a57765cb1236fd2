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
        var parts = new List<IRenderable>
        {
            Summary(
                "entity-bench",
                ("checks", N(report.Checks)),
                ("threshold", F(report.Threshold)),
                ("token statistics", report.TokenStatistics),
                ("precision", F(report.Metrics.Precision)),
                ("recall", F(report.Metrics.Recall)),
                ("F1", F(report.Metrics.F1)),
                ("best F1 (threshold)", $"{F(report.BestThreshold.Metrics.F1)} ({F(report.BestThreshold.Threshold)})"),
                ("ignored properties", report.IgnoredProperties.IsEmpty ? "none" : string.Join(", ", report.IgnoredProperties.Select(kv => $"{kv.Key} ×{kv.Value}")))),
            MetricsTable("per schema", "schema", report.Schemas.Select(g => (g.Group, g.Metrics))),
            MetricsTable("per label", "label", report.Labels.Select(g => (g.Group, g.Metrics))),
        };

        var misses = NewTable($"Misses ({N(report.Misses.Length)})", "#", "schema", "query", "candidate", "label", "score", "explanation");
        foreach (var m in report.Misses.Take(maxRows))
        {
            Row(misses, N(m.Index), m.Schema, m.Query, m.Candidate, YesNo(m.Expected), F(m.Score), m.Explanation);
        }

        parts.Add(Cut(misses, Math.Min(maxRows, report.Misses.Length), report.Misses.Length));
        return new Rows(parts);
    }
}
