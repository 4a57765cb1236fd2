using System.Collections.Immutable;

namespace Vigil.Screening.Text;

/// <summary>A sanctioned jurisdiction named in the text, with every place it is named.</summary>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="Occurrences">Every occurrence, in text order.</param>
public sealed record JurisdictionMention(SanctionedJurisdiction Jurisdiction, ImmutableArray<JurisdictionOccurrence> Occurrences);
