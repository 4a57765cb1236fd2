using System.Collections.Immutable;

namespace Vigil.Server.TextScreening;

/// <summary>What a text mentions.</summary>
/// <param name="Threshold">The score a mention had to reach.</param>
/// <param name="Mentions">Listed entities, one per entity, in order of first occurrence.</param>
/// <param name="Jurisdictions">Sanctioned jurisdictions named, in order of first occurrence.</param>
internal sealed record TextScreeningResponse(double Threshold, ImmutableArray<TextMentionDto> Mentions, ImmutableArray<JurisdictionMentionDto> Jurisdictions);
