using System.Collections.Frozen;

namespace Vigil.Text.Names;

/// <summary>
/// Given-name equivalence classes (nicknames and cross-language forms: Ted = Theodore, John = Juan = Ivan).
/// Each token maps to the ids of the classes it belongs to; two tokens are variants when they share one. A line of
/// the file is one name; <c>|</c> parts it into that name's forms in different languages (John ; Jack : Juan | Ivan),
/// each form with its own spellings, romanisations and nicknames, and the name as English writes it (the English form,
/// before a <c>:</c>, but for its nicknames) one with every form, as the lists give it for aliases (AVEN, Pyotr / Peter).
/// Two tokens of one form are the same name spelt otherwise; two of one line but no common form are the name
/// translated from one language into another (<see cref="IsCognateClass"/>), which a person's papers rarely do: "Hans
/// Hernandez" is seldom "Ivan HERNANDEZ", and an English nickname is no alias of the other forms ("Jack" of "Ivan").
/// </summary>
public static class NameVariants
{
    private static readonly Lazy<FrozenDictionary<string, int[]>> Classes = new(Load);

    private static readonly Lazy<FrozenDictionary<string, string[]>> Others = new(LoadOthers);

    /// <summary>Loads the tables now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow()
    {
        _ = Classes.Value;
        _ = Others.Value;
    }

    // A class of a whole line of forms (the name in every language listed), told from the classes of single forms.
    private const int CognateBit = 1 << 29;

    /// <summary>True when the two folded tokens are listed as forms of one name, in one language or in two.</summary>
    public static bool AreVariants(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var map = Classes.Value;
        return map.TryGetValue(a, out var ca) && map.TryGetValue(b, out var cb) && Relation(ca, cb) != NameRelation.None;
    }

    /// <summary>
    /// How two tokens' class ids relate: <see cref="NameRelation.OneForm"/> when they share a class of one form of a
    /// name, else <see cref="NameRelation.Translated"/> when they share only a name's class of every language
    /// (<see cref="IsCognateClass"/>). The ids may come from every table of classes (given names, Korean family names,
    /// organisations' words): only this one has classes of every language.
    /// </summary>
    public static NameRelation Relation(int[] a, int[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var relation = NameRelation.None;
        foreach (var x in a)
        {
            if (Array.IndexOf(b, x) >= 0)
            {
                if (!IsCognateClass(x))
                {
                    return NameRelation.OneForm;
                }

                relation = NameRelation.Translated;
            }
        }

        return relation;
    }

    /// <summary>
    /// Whether a class id (of <see cref="ClassesOf"/>) stands for a name in every language listed rather than for one
    /// form of it: tokens sharing only such classes are the name translated ("ivan", "hans").
    /// </summary>
    public static bool IsCognateClass(int id) => id > 0 && (id & CognateBit) != 0;

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
    /// Reads a file of classes, one a line, into each token's class ids: each form of a line (the line whole when it has
    /// no <c>|</c>) numbered by <paramref name="step"/> from <paramref name="firstId"/>, so that two files read with
    /// steps of opposite sign never share an id. The English form (before a <c>:</c>) is of every form of its line, but
    /// for its nicknames (after a <c>;</c> within it), which are of the English form only. A
    /// line of several forms also gives each token the line's own class, marked <see cref="IsCognateClass"/> (only the
    /// given names' file has such lines).
    /// </summary>
    internal static FrozenDictionary<string, int[]> ReadClasses(string relativePath, int firstId, int step)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var id = firstId;
        var line = 0;
        foreach (var text in ReferenceData.ReadLines(relativePath))
        {
            var tokens = text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var english = Array.IndexOf(tokens, ":");
            var nicknames = Array.IndexOf(tokens, ";", 0, Math.Max(english, 0));
            var forms = english >= 0 || tokens.Contains("|");
            var first = id;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i] is "|" or ":")
                {
                    id += step;
                    continue;
                }

                if (tokens[i] is ";")
                {
                    continue;
                }

                Add(map, tokens[i], id);
                if (forms)
                {
                    Add(map, tokens[i], CognateBit | line);
                }
            }

            // The name as English writes it (its spellings before a ';') joins every form of the line (ids first to
            // id); its nicknames, after the ';', stay in the English form: lists give "Peter" for Pyotr, not "Jack" for Ivan.
            for (var i = 0; i < (nicknames >= 0 ? nicknames : english); i++)
            {
                for (var other = first + step; other != id + step; other += step)
                {
                    Add(map, tokens[i], other);
                }
            }

            id += step;
            line++;
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        static void Add(Dictionary<string, List<int>> map, string token, int id)
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
    }
}
