using System.Collections.Frozen;

namespace Vigil.Text.Names;

/// <summary>
/// Korean family names in their North and South Korean romanisations ("ri" = "lee" = "yi", "pak" = "park", from
/// <c>Names/korean_surnames.tsv</c>). Class ids start far above the given-name classes of <see cref="NameVariants"/>,
/// so the two never meet; the text screener's given-name rules do not read these.
/// </summary>
public static class KoreanSurnames
{
    private const int FirstId = 1 << 20;

    private static readonly Lazy<FrozenDictionary<string, int[]>> Classes = new(Load);

    private static readonly Lazy<FrozenDictionary<string, string[]>> Others = new(() => NameVariants.OthersIn(Classes.Value));

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Others.Value;

    /// <summary>The other spellings of a Korean family name ("lee": "rhee", "ri"); empty for any other word.</summary>
    public static IReadOnlyList<string> VariantsOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Others.Value.TryGetValue(token, out var others) ? others : [];
    }

    /// <summary>The class ids of a folded word (empty when it is no Korean family name).</summary>
    public static IReadOnlyList<int> ClassesOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Classes.Value.TryGetValue(token, out var ids) ? ids : [];
    }

    private static FrozenDictionary<string, int[]> Load() => NameVariants.ReadClasses("Names/korean_surnames.tsv", FirstId, step: 1);
}
