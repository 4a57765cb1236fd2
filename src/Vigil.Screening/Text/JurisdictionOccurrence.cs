namespace Vigil.Screening.Text;

/// <summary>One place in the text naming a sanctioned jurisdiction.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record JurisdictionOccurrence(string Text, int Start, int End);
