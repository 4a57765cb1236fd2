using Vigil.Storage.Events;

namespace Vigil.Storage.Versions;

/// <summary>The result of an import.</summary>
/// <param name="Outcome">Applied, unchanged or held.</param>
/// <param name="Version">The version now current (applied, unchanged) or the held version.</param>
/// <param name="Change">The change set against the previous current version; null when unchanged.</param>
public sealed record ImportResult(ImportOutcome Outcome, ListVersion Version, ListChange? Change);
