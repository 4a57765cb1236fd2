using System.Collections.Frozen;

namespace Vigil.Text.Names;

/// <summary>
/// Given-name equivalence classes (nicknames and cross-language forms: Ted = Theodore, John = Juan = Ivan).
/// Each token maps to the ids of the classes it belongs to; two tokens are variants when they share one.
/// </summary>
public static class NameVariants
{
    private static readonly Lazy<FrozenDictionary<string, int[]>> Classes = new(Load);

    private static readonly Lazy<FrozenDictionary<string, string[]>> Others = new(LoadOthers);

    /// <summary>True when the two folded tokens are listed as forms of one name.</summary>
    public static bool AreVariants(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var map = Classes.Value;
        if (!map.TryGetValue(a, out var ca) || !map.TryGetValue(b, out var cb))
        {
            return false;
        }

        foreach (var x in ca)
        {
            if (Array.IndexOf(cb, x) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The other forms of a token's name: every token sharing a class with it (empty when it is in none).</summary>
    public static IReadOnlyList<string> VariantsOf(string token) =>
        Others.Value.TryGetValue(token, out var others) ? others : [];

    /// <summary>The class ids of a token (empty when it is in no class).</summary>
    public static IReadOnlyList<int> ClassesOf(string token) =>
        Classes.Value.TryGetValue(token, out var ids) ? ids : [];

    private static FrozenDictionary<string, string[]> LoadOthers() => OthersIn(Classes.Value);

    /// <summary>For each token of a file of classes, every other token sharing a class with it.</summary>
    internal static FrozenDictionary<string, string[]> OthersIn(FrozenDictionary<string, int[]> classes)
    {
        var members = new Dictionary<int, List<string>>();
        foreach (var (token, ids) in classes)
        {
            foreach (var id in ids)
            {
                if (!members.TryGetValue(id, out var list))
                {
                    members[id] = list = [];
                }

                list.Add(token);
            }
        }

        return classes.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.SelectMany(id => members[id]).Where(t => t != kv.Key).Distinct().Order(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int[]> Load() => ReadClasses("Names/name_variants.tsv", firstId: 0, step: 1);

    /// <summary>
    /// Reads a file of classes, one a line, into each token's class ids: the line's number times <paramref name="step"/>
    /// from <paramref name="firstId"/>, so that two files read with steps of opposite sign never share an id.
    /// </summary>
    internal static FrozenDictionary<string, int[]> ReadClasses(string relativePath, int firstId, int step)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var id = firstId;
        foreach (var line in ReferenceData.ReadLines(relativePath))
        {
            foreach (var token in line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!map.TryGetValue(token, out var list))
                {
                    map[token] = list = [];
                }

                if (!list.Contains(id))
                {
                    list.Add(id);
                }
            }

            id += step;
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
