using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Evaluation.OfacParity;

namespace Vigil.Evaluation.Reports;

/// <content>The OFAC parity tables.</content>
public static partial class ReportRenderer
{
    /// <summary>Renders the OFAC parity comparison.</summary>
    public static IRenderable Render(OfacParityReport report, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = Summary(
            "ofac-parity (information, not pass/fail)",
            ("rows (returned by OFAC)", $"{N(report.Rows)} ({N(report.Returned)})"),
            ("Spearman rank correlation, returned rows", F(report.Spearman)),
            ("Spearman, not-returned ranked lowest", F(report.SpearmanAll)),
            ("mean |Vigil - OFAC| (points)", report.MeanAbsoluteDifference.ToString("0.0", CultureInfo.InvariantCulture)),
            ("mean Vigil - OFAC (points)", report.MeanDifference.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)),
            ($"rows more than {report.GapPoints:0} points apart", N(report.Divergent.Length)),
            ("listed name types", report.SchemaResolution));
        var rows = NewTable($"Rows more than {report.GapPoints:0} points apart", "line", "query", "listed", "OFAC", "Vigil", "diff", "explanation");
        foreach (var r in report.Divergent.Take(maxRows))
        {
            Row(rows, N(r.Line), r.Query, r.Listed, r.OfacScore?.ToString("0", CultureInfo.InvariantCulture), r.VigilScore.ToString("0.0", CultureInfo.InvariantCulture), r.Difference?.ToString("+0.0;-0.0", CultureInfo.InvariantCulture), r.Explanation);
        }

        var missing = NewTable("Not returned by OFAC", "line", "query", "listed", "Vigil", "explanation");
        foreach (var r in report.NotReturned.Take(maxRows))
        {
            Row(missing, N(r.Line), r.Query, r.Listed, r.VigilScore.ToString("0.0", CultureInfo.InvariantCulture), r.Explanation);
        }

        return new Rows(summary, Cut(rows, Math.Min(maxRows, report.Divergent.Length), report.Divergent.Length), Cut(missing, Math.Min(maxRows, report.NotReturned.Length), report.NotReturned.Length));
    }
}
