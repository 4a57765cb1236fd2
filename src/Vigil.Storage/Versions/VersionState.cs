namespace Vigil.Storage.Versions;

/// <summary>Where a stored version stands.</summary>
public enum VersionState
{
    /// <summary>The version was applied; the newest applied version of a source is its current version.</summary>
    Applied = 0,

    /// <summary>The version was downloaded but held for review (e.g. the entity count fell too far); it is not current.</summary>
    Held = 1,

    /// <summary>A held version that was rejected or overtaken by a newer applied version; it never became current.</summary>
    Discarded = 2,
}
