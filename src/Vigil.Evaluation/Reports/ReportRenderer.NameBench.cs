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
        var logicV2 = report.LogicV2;
        var parts = new List<IRenderable>
        {
            Summary(
                "name-bench",
                [
                    ("cases", N(report.Cases)),
                    ("threshold", F(report.Threshold)),
                    ("token statistics", report.TokenStatistics),
                    .. Figures(report.Metrics),
                    ("best F1 (threshold)", AtThreshold(report.BestThreshold)),
                    ("logic-v2 P / R / F1 at " + F(logicV2.Threshold), $"{F(logicV2.LogicV2.Precision)} / {F(logicV2.LogicV2.Recall)} / {F(logicV2.LogicV2.F1)} ({N(logicV2.Rows)} rows)"),
                    ("logic-v2 best F1 (threshold)", AtThreshold(logicV2.LogicV2Best)),
                ]),
            MetricsTable("Vigil per case group", "group", report.Groups.Select(g => (g.Group, g.Metrics))),
            MetricsTable($"Vigil per half (seed {report.Seed})", "half", report.Halves.Select(g => (g.Group, g.Metrics))),
        };

        var side = NewTable($"logic-v2 vs Vigil on the {N(logicV2.Joined)} cases both scored, current labels ({N(logicV2.Relabelled)} relabelled since the frozen run)", "group", "logic-v2 P", "R", "F1", "Vigil P", "R", "F1");
        foreach (var g in logicV2.Groups.Concat([new GroupComparison("all", logicV2.LogicV2Joined, logicV2.Vigil)]).Concat(logicV2.Halves.Select(h => h with { Group = "half " + h.Group })))
        {
            Row(side, g.Group, F(g.LogicV2.Precision), F(g.LogicV2.Recall), F(g.LogicV2.F1), F(g.Vigil.Precision), F(g.Vigil.Recall), F(g.Vigil.F1));
        }

        parts.Add(side);
        if (report.Fit is { } fit)
        {
            parts.Add(MetricsTable($"Fitted on half A ({N(fit.TrainingCases)} cases, L2 {fit.L2}, {fit.Fit.Iterations} iterations{(fit.Fit.Converged ? string.Empty : ", NOT converged")})", "set", [($"half A at {F(report.Threshold)}", fit.HalfA), ($"half B at {F(report.Threshold)}", fit.HalfB), ($"all at {F(report.Threshold)}", fit.All), ($"half A at its best threshold {F(fit.BestOnA.Threshold)}", fit.BestOnA.Metrics), ($"half B at that threshold", fit.HalfBAtBestOnA)]));
            parts.Add(new Panel(new SpectreText(fit.CSharp)) { Header = new PanelHeader("fitted weights for NameScoringWeights"), Border = BoxBorder.Rounded });
        }

        parts.Add(Listing(
            $"Misses ({N(report.Misses.Length)})",
            report.Misses,
            maxRows,
            ["line", "group", "query", "listed", "label", "score", "logic-v2", "explanation"],
            m => [N(m.Line), m.Group, m.Query, m.Listed, YesNo(m.Expected), F(m.Score), F(m.LogicV2Score), m.Explanation]));
        return new Rows(parts);
    }
}
