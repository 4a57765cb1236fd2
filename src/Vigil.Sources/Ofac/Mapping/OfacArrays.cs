using System.Collections.Immutable;

namespace Vigil.Sources.Ofac.Mapping;

/// <summary>
/// Freezes the short per-entity lists the mappers collect. Most lists hold none or one item, so this avoids the
/// LINQ and builder allocations that dominated a 15,000-entity load.
/// </summary>
internal static class OfacArrays
{
    /// <summary>The items in order, each kept once (by its own equality).</summary>
    public static ImmutableArray<T> Distinct<T>(List<T>? items)
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }

        if (items.Count == 1)
        {
            return [items[0]];
        }

        var result = new List<T>(items.Count);
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in items)
        {
            var seen = false;
            foreach (var kept in result)
            {
                if (comparer.Equals(kept, item))
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                result.Add(item);
            }
        }

        return [.. result];
    }
}
