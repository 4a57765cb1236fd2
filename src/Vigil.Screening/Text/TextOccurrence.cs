namespace Vigil.Screening.Text;

/// <summary>One place in the text where a listed entity is mentioned.</summary>
/// <param name="Text">The text as written (possessive "'s" left out).</param>
/// <param name="Start">Offset of the first character (UTF-16 code units from the start of the text).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">How the stretch was tied to the entity.</param>
/// <param name="Score">The matcher's score for this stretch; null for a later mention, which borrows the full mention's.</param>
public sealed record TextOccurrence(string Text, int Start, int End, MentionKind Kind, double? Score);
