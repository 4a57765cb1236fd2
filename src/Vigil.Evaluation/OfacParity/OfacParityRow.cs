using Vigil.Model;

namespace Vigil.Evaluation.OfacParity;

/// <summary>One fixture with Vigil's score next to OFAC's.</summary>
/// <param name="Line">The fixture's line.</param>
/// <param name="Query">The name searched.</param>
/// <param name="Listed">The listed name.</param>
/// <param name="ListedSchema">The type the listed name was prepared as (see <see cref="OfacParityReport.SchemaResolution"/>).</param>
/// <param name="OfacScore">OFAC's score, 0..100, or null when OFAC did not return the name.</param>
/// <param name="VigilScore">Vigil's name score, scaled to 0..100.</param>
/// <param name="Explanation">Vigil's one-line account.</param>
public sealed record OfacParityRow(int Line, string Query, string Listed, Schema ListedSchema, double? OfacScore, double VigilScore, string Explanation)
{
    /// <summary>Vigil's score minus OFAC's, in points; null when OFAC did not return the name.</summary>
    public double? Difference => VigilScore - OfacScore;
}
