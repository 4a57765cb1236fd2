namespace Vigil.Screening.Text;

/// <summary>A stretch of text.</summary>
/// <param name="Text">As written.</param>
/// <param name="Start">First character's offset.</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record SpanDto(string Text, int Start, int End);
