namespace Vigil.Server.Lists;

/// <summary>The answer of <c>POST /v1/lists/{source}/import</c> and <c>/refresh</c>.</summary>
/// <param name="Source">Source code.</param>
/// <param name="Outcome">applied, unchanged, held, notModified (refresh only) or failed (refresh only, as a 502 problem).</param>
/// <param name="Message">One line: what was done.</param>
/// <param name="Current">The source's current version afterwards (the new one when applied), or null when it has none.</param>
/// <param name="Held">The version held for review, when the outcome is held.</param>
internal sealed record ListUpdateDto(string Source, string Outcome, string Message, VersionDto? Current, VersionDto? Held);
