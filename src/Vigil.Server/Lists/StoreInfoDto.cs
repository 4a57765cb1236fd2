namespace Vigil.Server.Lists;

/// <summary>A source's state in the list store.</summary>
/// <param name="CurrentVersion">Number of the current (newest applied) version, or null.</param>
/// <param name="Health">unknown, healthy, needsReview or failing.</param>
/// <param name="LastSuccessAt">When a refresh last succeeded.</param>
/// <param name="LastFailureAt">When a refresh last failed.</param>
/// <param name="ConsecutiveFailures">Failed refreshes in a row.</param>
internal sealed record StoreInfoDto(int? CurrentVersion, string Health, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, int ConsecutiveFailures);
