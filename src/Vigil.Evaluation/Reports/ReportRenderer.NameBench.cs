using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;
using Vigil.Evaluation.NameBench;

namespace Vigil.Evaluation.Reports;

/// <content>The name benchmark's tables.</content>
public static partial class ReportRenderer
{
    /// <summary>Renders the name benchmark.</summary>
    public static IRenderable Render(NameBenchReport report, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<IRenderable>
        {
            Summary(
                "name-bench",
                ("cases", N(report.Cases)),
                ("threshold", F(report.Threshold)),
                ("token statistics", report.TokenStatistics),
                ("precision", F(report.Metrics.Precision)),
                ("recall", F(report.Metrics.Recall)),
                ("F1", F(report.Metrics.F1)),
                ("best F1 (threshold)", $"{F(report.BestThreshold.Metrics.F1)} ({F(report.BestThreshold.Threshold)})"),
                ("logic-v2 P / R / F1 at " + F(report.LogicV2.Threshold), $"{F(report.LogicV2.LogicV2.Precision)} / {F(report.LogicV2.LogicV2.Recall)} / {F(report.LogicV2.LogicV2.F1)} ({N(report.LogicV2.Rows)} rows)"),
                ("logic-v2 best F1 (threshold)", $"{F(report.LogicV2.LogicV2Best.Metrics.F1)} ({F(report.LogicV2.LogicV2Best.Threshold)})")),
            MetricsTable("Vigil per case group", "group", report.Groups.Select(g => (g.Group, g.Metrics))),
            MetricsTable($"Vigil per half (seed {report.Seed})", "half", report.Halves.Select(g => (g.Group, g.Metrics))),
        };

        var side = NewTable($"logic-v2 vs Vigil on the {N(report.LogicV2.Joined)} cases both scored, current labels ({N(report.LogicV2.Relabelled)} relabelled since the frozen run)", "group", "logic-v2 P", "R", "F1", "Vigil P", "R", "F1");
        foreach (var g in report.LogicV2.Groups.Concat([new GroupComparison("all", report.LogicV2.LogicV2Joined, report.LogicV2.Vigil)]).Concat(report.LogicV2.Halves.Select(h => h with { Group = "half " + h.Group })))
        {
            Row(side, g.Group, F(g.LogicV2.Precision), F(g.LogicV2.Recall), F(g.LogicV2.F1), F(g.Vigil.Precision), F(g.Vigil.Recall), F(g.Vigil.F1));
        }

        parts.Add(side);
        if (report.Fit is { } fit)
        {
            parts.Add(MetricsTable($"Fitted on half A ({N(fit.TrainingCases)} cases, L2 {fit.L2}, {fit.Fit.Iterations} iterations{(fit.Fit.Converged ? string.Empty : ", NOT converged")})", "set", [($"half A at {F(report.Threshold)}", fit.HalfA), ($"half B at {F(report.Threshold)}", fit.HalfB), ($"all at {F(report.Threshold)}", fit.All), ($"half A at its best threshold {F(fit.BestOnA.Threshold)}", fit.BestOnA.Metrics), ($"half B at that threshold", fit.HalfBAtBestOnA)]));
            parts.Add(new Panel(new SpectreText(fit.CSharp)) { Header = new PanelHeader("fitted weights for NameScoringWeights"), Border = BoxBorder.Rounded });
        }

        var misses = NewTable($"Misses ({N(report.Misses.Length)})", "line", "group", "query", "listed", "label", "score", "logic-v2", "explanation");
        foreach (var m in report.Misses.Take(maxRows))
        {
            Row(misses, N(m.Line), m.Group, m.Query, m.Listed, YesNo(m.Expected), F(m.Score), F(m.LogicV2Score), m.Explanation);
        }

        parts.Add(Cut(misses, Math.Min(maxRows, report.Misses.Length), report.Misses.Length));
        return new Rows(parts);
    }
}
