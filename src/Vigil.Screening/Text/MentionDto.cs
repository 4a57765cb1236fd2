using System.Collections.Immutable;
using Vigil.Screening.Contracts;

namespace Vigil.Screening.Text;

/// <summary>A listed entity mentioned in the text, in the JSON contract.</summary>
/// <param name="Text">The fullest occurrence (a listed identifier, else most name words, then best score) as written.</param>
/// <param name="Start">Its first character's offset (UTF-16 code units).</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Results">The entity's result, in the shape of <c>vigil screen --json</c> results.</param>
/// <param name="Occurrences">Every occurrence of the entity, in text order (the best one included).</param>
public sealed record MentionDto(string Text, int Start, int End, ImmutableArray<ResultDto> Results, ImmutableArray<OccurrenceDto> Occurrences);
