using System.Collections.Immutable;
using Vigil.Screening.Contracts;

namespace Vigil.Server.TextScreening;

/// <summary>The body of <c>POST /v1/screen/text</c>.</summary>
/// <param name="Text">Free text in English or Spanish: news, remittance information, case notes.</param>
internal sealed record TextScreeningRequest(string? Text);

/// <summary>What a text mentions.</summary>
/// <param name="Threshold">The score a mention had to reach.</param>
/// <param name="Mentions">Listed entities, one per entity, in order of first occurrence.</param>
/// <param name="Jurisdictions">Sanctioned jurisdictions named, in order of first occurrence.</param>
internal sealed record TextScreeningResponse(double Threshold, ImmutableArray<TextMentionDto> Mentions, ImmutableArray<JurisdictionMentionDto> Jurisdictions);

/// <summary>A listed entity mentioned in the text.</summary>
/// <param name="Result">The best occurrence's result, in the shape of the CLI's <c>--json</c> results.</param>
/// <param name="Best">The occurrence that scored best.</param>
/// <param name="Occurrences">Every occurrence, in text order.</param>
internal sealed record TextMentionDto(ResultDto Result, TextOccurrenceDto Best, ImmutableArray<TextOccurrenceDto> Occurrences);

/// <summary>One place in the text.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">name, laterMention or oneWordName; null for a jurisdiction.</param>
/// <param name="Score">The stretch's own score; null for a later mention or a jurisdiction.</param>
internal sealed record TextOccurrenceDto(string Text, int Start, int End, string? Kind, double? Score);

/// <summary>A sanctioned jurisdiction named in the text.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, or ISO 3166-2 for a region.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">comprehensive or targeted.</param>
/// <param name="Programs">The programmes that make it sanctioned.</param>
/// <param name="Occurrences">Every place it is named.</param>
internal sealed record JurisdictionMentionDto(string Code, string Name, string Kind, ImmutableArray<string> Programs, ImmutableArray<TextOccurrenceDto> Occurrences);
