namespace Vigil.Storage.History;

/// <summary>What happened to an entity in one version.</summary>
public enum EntityEventKind
{
    /// <summary>The entity appeared (first listed, or listed again after a removal).</summary>
    Added = 0,

    /// <summary>The entity's content changed.</summary>
    Changed = 1,

    /// <summary>The entity was removed (delisted).</summary>
    Removed = 2,
}
