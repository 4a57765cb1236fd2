namespace Vigil.Storage.Refresh;

/// <summary>A one-word summary of a source's refresh status.</summary>
public enum SourceHealth
{
    /// <summary>No refresh has been attempted.</summary>
    Unknown = 0,

    /// <summary>The last refresh succeeded (applied, unchanged or not modified) and nothing waits for review.</summary>
    Healthy = 1,

    /// <summary>A downloaded version is held for review ("needs review").</summary>
    NeedsReview = 2,

    /// <summary>The last refresh failed.</summary>
    Failing = 3,
}
