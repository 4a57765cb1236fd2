namespace Vigil.Storage.Refresh;

/// <summary>How one refresh of one source ended.</summary>
public enum RefreshOutcome
{
    /// <summary>A new version was downloaded, checked and applied; it is now current.</summary>
    Applied = 0,

    /// <summary>The files were downloaded but their content equals the current (or pending held) version.</summary>
    Unchanged = 1,

    /// <summary>The server answered 304 Not Modified to the conditional requests; nothing was downloaded.</summary>
    NotModified = 2,

    /// <summary>The download parsed but failed a sanity check; it is stored as a held version that needs review.</summary>
    Held = 3,

    /// <summary>The download or its parsing failed; nothing was stored and the current version stays current.</summary>
    Failed = 4,
}
