using System.Globalization;

namespace Vigil.Storage.Versions;

/// <summary>
/// The sanity check every automatic or remote import applies before a new version becomes current: a list that lost
/// more than a given share of its entities is more likely a truncated or half-generated file than a real delisting.
/// </summary>
public static class EntityCountCheck
{
    /// <summary>
    /// Why a snapshot of <paramref name="count"/> entities should be held for review instead of replacing
    /// <paramref name="current"/>, or null when it may be applied (no current version, or a drop within the share).
    /// </summary>
    /// <param name="current">The source's current version, or null.</param>
    /// <param name="count">Entities in the new snapshot.</param>
    /// <param name="maxDropShare">Largest share of the current count that may be lost, 0 to below 1.</param>
    public static string? HoldReason(ListVersion? current, int count, double maxDropShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (double.IsNaN(maxDropShare) || maxDropShare is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDropShare), maxDropShare, "Must be at least 0 and below 1.");
        }

        if (current is null || current.EntityCount == 0 || count >= current.EntityCount)
        {
            return null;
        }

        var share = (double)(current.EntityCount - count) / current.EntityCount;
        return share > maxDropShare
            ? string.Create(CultureInfo.InvariantCulture, $"entity count fell from {current.EntityCount} to {count} (-{share:P1}, limit {maxDropShare:P1})")
            : null;
    }
}
