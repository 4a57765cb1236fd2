using System.Collections.Immutable;

namespace Vigil.Screening.Text;

/// <summary>The JSON answer of <c>vigil screen-text --json</c>: listed entities mentioned, and sanctioned jurisdictions named.</summary>
/// <param name="Mentions">One entry per listed entity, in order of first occurrence.</param>
/// <param name="Jurisdictions">One entry per sanctioned jurisdiction, in order of first occurrence.</param>
public sealed record TextScreeningResponse(ImmutableArray<MentionDto> Mentions, ImmutableArray<JurisdictionDto> Jurisdictions);
