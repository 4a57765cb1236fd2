using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Screening.Identifiers;

/// <summary>
/// Listed SWIFT/BIC identifiers, for exact look-up. An 11-character BIC matches a listed 11-character BIC, and its
/// 8-character institution code matches a listed 8-character BIC (a listed head office covers its branches). A
/// listed BIC with branch "XXX" is the head office and counts as its 8-character form. A listed branch other than
/// XXX is not matched by the bare 8-character BIC: that names the head office, not the listed branch.
/// </summary>
internal sealed class BicIndex
{
    private readonly FrozenDictionary<string, ImmutableArray<(SanctionsEntity Entity, Identifier Identifier)>> byKey;

    public BicIndex(IEnumerable<SanctionsEntity> entities)
    {
        var map = new Dictionary<string, List<(SanctionsEntity, Identifier)>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var identifier in entity.Identifiers)
            {
                if (identifier.Type != IdentifierType.SwiftBic || identifier.Key.Length is not (8 or 11))
                {
                    continue;
                }

                var key = identifier.Key.Length == 11 && identifier.Key.EndsWith("XXX", StringComparison.Ordinal) ? identifier.Key[..8] : identifier.Key;
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add((entity, identifier));
            }
        }

        byKey = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Number of listed BICs indexed.</summary>
    public int Count => byKey.Count;

    /// <summary>The listed entities whose SWIFT/BIC the given BIC matches.</summary>
    public IReadOnlyList<(SanctionsEntity Entity, Identifier Identifier)> Find(string bic)
    {
        ArgumentNullException.ThrowIfNull(bic);
        var key = Identifier.MakeKey(bic);
        var found = new List<(SanctionsEntity, Identifier)>();
        if (key.Length == 11 && !key.EndsWith("XXX", StringComparison.Ordinal) && byKey.TryGetValue(key, out var branch))
        {
            found.AddRange(branch);
        }

        if (key.Length is 8 or 11 && byKey.TryGetValue(key[..8], out var office))
        {
            found.AddRange(office);
        }

        return found;
    }
}
