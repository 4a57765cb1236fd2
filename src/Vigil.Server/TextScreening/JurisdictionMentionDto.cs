using System.Collections.Immutable;

namespace Vigil.Server.TextScreening;

/// <summary>A sanctioned jurisdiction named in the text.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, or ISO 3166-2 for a region.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">comprehensive or targeted.</param>
/// <param name="Programs">The programmes that make it sanctioned.</param>
/// <param name="Occurrences">Every place it is named.</param>
internal sealed record JurisdictionMentionDto(string Code, string Name, string Kind, ImmutableArray<string> Programs, ImmutableArray<TextOccurrenceDto> Occurrences);
