using System.Collections.Frozen;

namespace Vigil.Text.Names;

/// <summary>
/// Classes of organisation words that name one thing (from <c>Names/generic_variants.tsv</c>): generic words ("air" =
/// "airlines" = "airways") and words the lists translate two ways in armed groups' names ("fighting" = "combatant"),
/// compared so in any name but a person's. Class ids are negative, so they never meet a given-name class of
/// <see cref="NameVariants"/>.
/// </summary>
public static class GenericVariants
{
    private static readonly Lazy<FrozenDictionary<string, int[]>> Classes = new(Load);

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Classes.Value;

    /// <summary>The class ids of a folded word (empty when it is in none).</summary>
    public static IReadOnlyList<int> ClassesOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Classes.Value.TryGetValue(token, out var ids) ? ids : [];
    }

    private static FrozenDictionary<string, int[]> Load() => NameVariants.ReadClasses("Names/generic_variants.tsv", firstId: -1, step: -1);
}
