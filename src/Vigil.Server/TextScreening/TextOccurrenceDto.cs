namespace Vigil.Server.TextScreening;

/// <summary>One place in the text.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">name, laterMention or oneWordName; null for a jurisdiction.</param>
/// <param name="Score">The stretch's own score; null for a later mention or a jurisdiction.</param>
internal sealed record TextOccurrenceDto(string Text, int Start, int End, string? Kind, double? Score);
