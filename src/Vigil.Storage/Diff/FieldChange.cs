using System.Collections.Immutable;

namespace Vigil.Storage.Diff;

/// <summary>
/// How one field of an entity changed. Values are shown as text. For a list field (aliases, addresses...) the
/// values removed and added; for a single-valued field (primary name, remarks...) the old value as removed and the
/// new as added, either empty when the value was absent.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="Removed">Values in the older version only.</param>
/// <param name="Added">Values in the newer version only.</param>
public sealed record FieldChange(EntityField Field, ImmutableArray<string> Removed, ImmutableArray<string> Added)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>(Removed.Length + Added.Length);
        foreach (var value in Removed)
        {
            parts.Add("- " + value);
        }

        foreach (var value in Added)
        {
            parts.Add("+ " + value);
        }

        return $"{Field}: {string.Join("; ", parts)}";
    }
}
