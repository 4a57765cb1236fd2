namespace Vigil.Storage.Versions;

/// <summary>What an import did.</summary>
public enum ImportOutcome
{
    /// <summary>A new version was stored and is now current.</summary>
    Applied = 0,

    /// <summary>The content equals the current version (or the pending held one); nothing new was stored.</summary>
    Unchanged = 1,

    /// <summary>The version was stored as held for review and is not current.</summary>
    Held = 2,
}
