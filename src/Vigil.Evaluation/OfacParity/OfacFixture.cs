namespace Vigil.Evaluation.OfacParity;

/// <summary>One row of <c>ofac_parity/ofac_fixtures.csv</c>: what OFAC's Sanctions List Search scored for a name.</summary>
/// <param name="Line">The 1-based line in the file.</param>
/// <param name="QueryName">The name searched.</param>
/// <param name="ResultName">The listed name OFAC returned.</param>
/// <param name="OfacScore">OFAC's score, 0..100; null where the file says -1: OFAC did not return the name at all (below its cut-off).</param>
public sealed record OfacFixture(int Line, string QueryName, string ResultName, double? OfacScore);
