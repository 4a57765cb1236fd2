using System.Collections.Immutable;
using Vigil.Evaluation.Reports;

namespace Vigil.Evaluation.OfacParity;

/// <summary>
/// How Vigil's name scores relate to OFAC Sanctions List Search's on the same pairs. Information, not pass/fail:
/// the fixtures carry scores, not labels, so precision, recall and F1 are null.
/// </summary>
/// <param name="Rows">Fixtures compared.</param>
/// <param name="Returned">Of those, rows OFAC returned with a score (the others it did not return at all).</param>
/// <param name="Spearman">Spearman rank correlation of Vigil's and OFAC's scores over the returned rows (-1..1).</param>
/// <param name="SpearmanAll">The same over every row, a name OFAC did not return ranking below every returned one.</param>
/// <param name="MeanAbsoluteDifference">Mean |Vigil − OFAC| in points (0..100), returned rows.</param>
/// <param name="MeanDifference">Mean Vigil − OFAC in points, returned rows: positive when Vigil scores higher on the whole.</param>
/// <param name="GapPoints">Returned rows differing by more than this many points are listed as divergent.</param>
/// <param name="SchemaResolution">How the listed names' types were decided.</param>
/// <param name="Divergent">Returned rows differing by more than <paramref name="GapPoints"/>, largest gap first.</param>
/// <param name="NotReturned">Rows OFAC did not return, with Vigil's score, highest first.</param>
/// <param name="All">Every row, in file order.</param>
public sealed record OfacParityReport(
    int Rows,
    int Returned,
    double Spearman,
    double SpearmanAll,
    double MeanAbsoluteDifference,
    double MeanDifference,
    double GapPoints,
    string SchemaResolution,
    ImmutableArray<OfacParityRow> Divergent,
    ImmutableArray<OfacParityRow> NotReturned,
    ImmutableArray<OfacParityRow> All) : EvaluationReport("ofac-parity");
