using System.Collections.Immutable;

namespace Vigil.Screening.Text;

/// <summary>A country or region under a country-based sanctions programme (from <c>sanctioned_jurisdictions.tsv</c>).</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, or an ISO 3166-2 subdivision code for regions (<c>UA-43</c> Crimea).</param>
/// <param name="Name">Display name ("Venezuela").</param>
/// <param name="Kind"><c>comprehensive</c> (an embargo) or <c>targeted</c> (a country programme designating persons and sectors).</param>
/// <param name="Programs">The programme tags that make it sanctioned ("VENEZUELA-EO13850", "UN 1718").</param>
/// <param name="Names">Every name and adjective text screening recognises, as written in the file.</param>
public sealed record SanctionedJurisdiction(string Code, string Name, string Kind, ImmutableArray<string> Programs, ImmutableArray<string> Names);
