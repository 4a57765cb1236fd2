namespace Vigil.Storage.Versions;

/// <summary>How many entities were added, removed and changed between two versions.</summary>
/// <param name="Added">Entities only in the newer version.</param>
/// <param name="Removed">Entities only in the older version.</param>
/// <param name="Changed">Entities in both whose stored content differs.</param>
public readonly record struct ChangeCounts(int Added, int Removed, int Changed)
{
    /// <summary>Added + removed + changed.</summary>
    public int Total => Added + Removed + Changed;

    /// <inheritdoc />
    public override string ToString() => $"+{Added} -{Removed} ~{Changed}";
}
