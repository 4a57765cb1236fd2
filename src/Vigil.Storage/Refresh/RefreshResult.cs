using Vigil.Storage.Events;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Refresh;

/// <summary>How one refresh of one source ended.</summary>
/// <param name="Source">Source code.</param>
/// <param name="Outcome">Applied, unchanged, not modified, held or failed.</param>
/// <param name="Message">One line for people and logs: what was done, or why it failed.</param>
/// <param name="Current">The source's current version after the refresh, or null when it has none.</param>
/// <param name="Held">The version held for review by this refresh, or null.</param>
/// <param name="Change">The change set of an applied version, or null.</param>
public sealed record RefreshResult(
    string Source,
    RefreshOutcome Outcome,
    string Message,
    ListVersion? Current,
    ListVersion? Held = null,
    ListChange? Change = null);
