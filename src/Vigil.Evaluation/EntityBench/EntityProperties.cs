using System.Collections.Immutable;

namespace Vigil.Evaluation.EntityBench;

/// <summary>One side of an entity check: FollowTheMoney property names to their values, as the file writes them.</summary>
/// <param name="Values">Property name to values; a scalar in the file is a one-value list.</param>
public sealed record EntityProperties(ImmutableSortedDictionary<string, ImmutableArray<string>> Values)
{
    /// <summary>The values of a property, or none.</summary>
    public ImmutableArray<string> this[string property] => Values.TryGetValue(property, out var v) ? v : [];

    /// <summary>The first value of a property, or null.</summary>
    public string? First(string property) => Values.TryGetValue(property, out var v) && v.Length > 0 ? v[0] : null;

    /// <summary>One line for tables: the name, then the other properties in brackets.</summary>
    public string Describe()
    {
        var name = EntityCheckMapper.DisplayName(this) ?? "(no name)";
        var rest = Values.Where(kv => !EntityCheckMapper.IsNameProperty(kv.Key) || (kv.Key != "name" && Values.ContainsKey("name")))
            .Select(kv => $"{kv.Key} {string.Join('/', kv.Value)}")
            .ToList();
        return rest.Count == 0 ? name : $"{name} ({string.Join("; ", rest)})";
    }
}
