namespace Vigil.Server.Lists;

/// <summary>A source's state in the list store.</summary>
/// <param name="CurrentVersion">Number of the current (newest applied) version, or null.</param>
/// <param name="Health">unknown, healthy, needsReview or failing.</param>
/// <param name="LastAttemptAt">When a refresh was last attempted (by this server or <c>vigil update</c>).</param>
/// <param name="LastOutcome">How it ended: applied, unchanged, notModified, held or failed.</param>
/// <param name="LastMessage">Its one-line message.</param>
/// <param name="LastSuccessAt">When a refresh last succeeded.</param>
/// <param name="LastFailureAt">When a refresh last failed.</param>
/// <param name="LastFailureReason">Why it failed (file, URL and reason; never a server path).</param>
/// <param name="ConsecutiveFailures">Failed refreshes in a row.</param>
/// <param name="HeldVersionId">Id of the version held for review, or null.</param>
internal sealed record StoreInfoDto(
    int? CurrentVersion,
    string Health,
    DateTimeOffset? LastAttemptAt,
    string? LastOutcome,
    string? LastMessage,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastFailureReason,
    int ConsecutiveFailures,
    long? HeldVersionId);
