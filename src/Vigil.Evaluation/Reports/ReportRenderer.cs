using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;
using Vigil.Evaluation.Candidates;
using Vigil.Evaluation.Cases;
using Vigil.Evaluation.EntityBench;
using Vigil.Evaluation.Metrics;
using Vigil.Evaluation.NameBench;
using Vigil.Evaluation.OfacParity;

namespace Vigil.Evaluation.Reports;

/// <summary>
/// Renders reports as Spectre.Console tables for people. Every piece of data text goes in as plain
/// <see cref="Text"/>, never as markup, so names with brackets print as written. Long lists are cut at
/// <c>maxRows</c> with a note; the JSON form always carries everything.
/// </summary>
public static partial class ReportRenderer
{
    /// <summary>Rows shown per list by default.</summary>
    public const int DefaultMaxRows = 50;

    /// <summary>Renders any report.</summary>
    public static IRenderable Render(IEvaluationReport report, int maxRows = DefaultMaxRows) => report switch
    {
        NameBenchReport r => Render(r, maxRows),
        EntityBenchReport r => Render(r, maxRows),
        OfacParityReport r => Render(r, maxRows),
        UnRecallReport r => Render(r, maxRows),
        NegativesReport r => Render(r, maxRows),
        CasesReport r => Render(r, maxRows),
        null => throw new ArgumentNullException(nameof(report)),
        _ => throw new ArgumentException($"No renderer for {report.GetType().Name}.", nameof(report)),
    };

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(title), new Style(decoration: Decoration.Bold)) };
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(c)));
        }

        return table;
    }

    private static void Row(Table table, params string?[] cells) => table.AddRow([.. cells.Select(c => (IRenderable)new SpectreText(c ?? string.Empty))]);

    private static Table Summary(string title, (string Name, string Value)[] rows)
    {
        var table = NewTable(title, "measure", "value");
        table.Columns[1].Alignment = Justify.Right;
        foreach (var (name, value) in rows)
        {
            Row(table, name, value);
        }

        return table;
    }

    private static Table MetricsTable(string title, string groupHeader, IEnumerable<(string Group, ConfusionMatrix M)> rows)
    {
        var table = NewTable(title, groupHeader, "cases", "TP", "FP", "FN", "TN", "precision", "recall", "F1");
        for (var i = 1; i < table.Columns.Count; i++)
        {
            table.Columns[i].Alignment = Justify.Right;
        }

        foreach (var (group, m) in rows)
        {
            Row(table, group, N(m.Total), N(m.TruePositives), N(m.FalsePositives), N(m.FalseNegatives), N(m.TrueNegatives), F(m.Precision), F(m.Recall), F(m.F1));
        }

        return table;
    }

    /// <summary>A table of the first <paramref name="maxRows"/> items, captioned with how many are left out when any are.</summary>
    private static Table Listing<T>(string title, IReadOnlyList<T> items, int maxRows, string[] columns, Func<T, string?[]> cells)
    {
        var table = NewTable(title, columns);
        var shown = Math.Min(maxRows, items.Count);
        for (var i = 0; i < shown; i++)
        {
            Row(table, cells(items[i]));
        }

        if (items.Count > shown)
        {
            table.Caption = new TableTitle(Markup.Escape($"{shown} of {items.Count} shown; --json lists all"));
        }

        return table;
    }

    /// <summary>The precision, recall and F1 rows of a summary; <paramref name="suffix"/> says how they were counted (" (pooled)").</summary>
    private static (string Name, string Value)[] Figures(ConfusionMatrix m, string recall = "recall", string suffix = "") =>
        [("precision" + suffix, F(m.Precision)), (recall + suffix, F(m.Recall)), ("F1" + suffix, F(m.F1))];

    /// <summary>The F1 at a threshold and the threshold: <c>0.912 (0.650)</c>.</summary>
    private static string AtThreshold(ThresholdPoint point) => $"{F(point.Metrics.F1)} ({F(point.Threshold)})";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string F(double? value) => value is { } v ? F(v) : "-";

    private static string Pct(double value) => value.ToString("0.00%", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "match" : "no match";
}
