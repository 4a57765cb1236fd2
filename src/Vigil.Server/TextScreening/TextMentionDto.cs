using System.Collections.Immutable;
using Vigil.Screening.Contracts;

namespace Vigil.Server.TextScreening;

/// <summary>A listed entity mentioned in the text.</summary>
/// <param name="Result">The best occurrence's result, in the shape of the CLI's <c>--json</c> results.</param>
/// <param name="Best">The occurrence that scored best.</param>
/// <param name="Occurrences">Every occurrence, in text order.</param>
internal sealed record TextMentionDto(ResultDto Result, TextOccurrenceDto Best, ImmutableArray<TextOccurrenceDto> Occurrences);
