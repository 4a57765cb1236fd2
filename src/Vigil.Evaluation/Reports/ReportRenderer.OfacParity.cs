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
        return new Rows(
            Summary(
                "ofac-parity (information, not pass/fail)",
                [
                    ("rows (returned by OFAC)", $"{N(report.Rows)} ({N(report.Returned)})"),
                    ("Spearman rank correlation, returned rows", F(report.Spearman)),
                    ("Spearman, not-returned ranked lowest", F(report.SpearmanAll)),
                    ("mean |Vigil - OFAC| (points)", report.MeanAbsoluteDifference.ToString("0.0", CultureInfo.InvariantCulture)),
                    ("mean Vigil - OFAC (points)", report.MeanDifference.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)),
                    ($"rows more than {report.GapPoints:0} points apart", N(report.Divergent.Length)),
                    ("listed name types", report.SchemaResolution),
                ]),
            Listing(
                $"Rows more than {report.GapPoints:0} points apart",
                report.Divergent,
                maxRows,
                ["line", "query", "listed", "OFAC", "Vigil", "diff", "explanation"],
                r => [N(r.Line), r.Query, r.Listed, r.OfacScore?.ToString("0", CultureInfo.InvariantCulture), r.VigilScore.ToString("0.0", CultureInfo.InvariantCulture), r.Difference?.ToString("+0.0;-0.0", CultureInfo.InvariantCulture), r.Explanation]),
            Listing(
                "Not returned by OFAC",
                report.NotReturned,
                maxRows,
                ["line", "query", "listed", "Vigil", "explanation"],
                r => [N(r.Line), r.Query, r.Listed, r.VigilScore.ToString("0.0", CultureInfo.InvariantCulture), r.Explanation]));
    }
}
