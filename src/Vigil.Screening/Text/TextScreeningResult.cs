using System.Collections.Immutable;

namespace Vigil.Screening.Text;

/// <summary>What a text mentions: listed entities (one entry per entity) and sanctioned jurisdictions.</summary>
/// <param name="Mentions">Listed entities, in order of first occurrence.</param>
/// <param name="Jurisdictions">Sanctioned jurisdictions, in order of first occurrence.</param>
/// <param name="Threshold">The score a mention had to reach.</param>
public sealed record TextScreeningResult(ImmutableArray<TextMention> Mentions, ImmutableArray<JurisdictionMention> Jurisdictions, double Threshold);
