using System.Collections.Immutable;

namespace Vigil.Screening.Text;

/// <summary>A sanctioned jurisdiction, and where it is named, in the JSON contract.</summary>
/// <param name="Code">ISO code (<c>VE</c>, or <c>UA-43</c> for Crimea).</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind"><c>comprehensive</c> or <c>targeted</c>.</param>
/// <param name="Programs">Programme tags that make it sanctioned.</param>
/// <param name="Occurrences">Where the text names it; empty when the jurisdiction came from a structured field.</param>
public sealed record JurisdictionDto(string Code, string Name, string Kind, ImmutableArray<string> Programs, ImmutableArray<SpanDto> Occurrences);
