namespace Vigil.Screening.Text;

/// <summary>One occurrence of a listed entity.</summary>
/// <param name="Text">As written.</param>
/// <param name="Start">First character's offset.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind"><c>name</c>, <c>later-mention</c>, <c>one-word-name</c> or <c>identifier</c> (a listed wallet, BIC or aircraft registration mark).</param>
/// <param name="Score">The matcher's score for this stretch; null for a later mention.</param>
public sealed record OccurrenceDto(string Text, int Start, int End, string Kind, double? Score);
