namespace Vigil.Storage.Refresh;

/// <summary>The stored refresh status of one source, as hosts show it (health checks, <c>vigil update --status</c>).</summary>
public sealed record SourceStatus
{
    /// <summary>Source code.</summary>
    public required string Source { get; init; }

    /// <summary>The current (newest applied) version's id, or null when the source has none.</summary>
    public long? CurrentVersionId { get; init; }

    /// <summary>When a refresh was last attempted.</summary>
    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>How the last refresh ended.</summary>
    public RefreshOutcome? LastOutcome { get; init; }

    /// <summary>The last refresh's message.</summary>
    public string? LastMessage { get; init; }

    /// <summary>When a refresh last succeeded (applied, unchanged or not modified).</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>When a refresh last failed.</summary>
    public DateTimeOffset? LastFailureAt { get; init; }

    /// <summary>Why the last failed refresh failed.</summary>
    public string? LastFailureReason { get; init; }

    /// <summary>Failed refreshes in a row since the last one that did not fail.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>The version held for review, or null.</summary>
    public long? HeldVersionId { get; init; }

    /// <summary>Failing when the last refresh failed; else needs review while a version is held; else healthy.</summary>
    public SourceHealth Health => LastOutcome switch
    {
        RefreshOutcome.Failed => SourceHealth.Failing,
        _ when HeldVersionId is not null => SourceHealth.NeedsReview,
        null => SourceHealth.Unknown,
        _ => SourceHealth.Healthy,
    };
}
