using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Screening;

/// <summary>
/// Every identifier of the loaded lists by its key, so that a number the query gives finds its entity whatever the
/// name: a name misspelt beyond the index, a renamed vessel, a customer's name that is not the listed holder's.
/// </summary>
internal sealed class ListedIdentifiers
{
    /// <summary>Shorter keys (call signs, aircraft serials, "12345") are shared by chance too often to find anyone by.</summary>
    public const int MinKeyLength = 6;

    /// <summary>Shortest aircraft registration mark looked up, prefix included ("N1234", "EPMMH").</summary>
    public const int MinMarkLength = 4;

    /// <summary>
    /// A number of this length or more identifies its holder even when an issuing country is missing on one side;
    /// a shorter one does only when both give the same country (a six-digit passport number is issued in many).
    /// </summary>
    public const int SelfEvidentKeyLength = 8;

    private readonly FrozenDictionary<string, Listed[]> byKey;

    private ListedIdentifiers(FrozenDictionary<string, Listed[]> byKey) => this.byKey = byKey;

    /// <summary>Distinct keys held.</summary>
    public int Count => byKey.Count;

    /// <summary>
    /// Indexes every identifier of the entities whose key is long enough; IMO numbers by their seven digits. Each key's
    /// holders keep the lists' order, each once.
    /// </summary>
    public static ListedIdentifiers Of(ImmutableArray<SanctionsEntity> entities)
    {
        var byKey = new Dictionary<string, List<Listed>>(StringComparer.Ordinal);
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var id in entities[e].Identifiers)
            {
                if (KeyOf(id) is not { } key)
                {
                    continue;
                }

                var listed = new Listed(e, id);
                if (!byKey.TryGetValue(key, out var holders))
                {
                    byKey.Add(key, [listed]);
                }
                else if (!holders.Contains(listed))
                {
                    holders.Add(listed);
                }
            }
        }

        return new(byKey.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The listed identifiers that are the query's (<see cref="IdentifierAgreement.Agrees"/>), each with whether it decides.</summary>
    public IEnumerable<Found> Find(Identifier query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (KeyOf(query) is not { } key || !byKey.TryGetValue(key, out var listed))
        {
            yield break;
        }

        foreach (var l in listed)
        {
            if (query.Type == IdentifierType.Imo ? l.Identifier.Type == IdentifierType.Imo : IdentifierAgreement.Agrees(query, l.Identifier))
            {
                yield return new Found(l.Entity, l.Identifier, Decides(query, l.Identifier));
            }
        }
    }

    /// <summary>
    /// Whether the number alone identifies the listed holder: an IMO number or a registration mark always; any other
    /// when both call it the same kind of identifier, one that names a single holder, no issuing countries disagree,
    /// and it is long enough or both give the same country. Otherwise the match is evidence, added to what the names say.
    /// </summary>
    private static bool Decides(Identifier query, Identifier listed)
    {
        // A hull's IMO number stays with it for life, and an aircraft's registration mark names one airframe at a time.
        if (query.Type is IdentifierType.Imo || (query.Type is IdentifierType.AircraftTailNumber && listed.Type is IdentifierType.AircraftTailNumber))
        {
            return true;
        }

        // Telephone numbers and websites are shared (a switchboard, a directory), call signs and airframe serial numbers
        // reissued: they add evidence, they do not name the holder.
        if (query.Type != listed.Type || query.Type is IdentifierType.Other or IdentifierType.Phone or IdentifierType.Website or IdentifierType.CallSign or IdentifierType.AircraftSerial)
        {
            return false;
        }

        var bothCountries = query.CountryCode is not null && listed.CountryCode is not null;
        var sameCountry = bothCountries && string.Equals(query.CountryCode, listed.CountryCode, StringComparison.OrdinalIgnoreCase);
        return bothCountries ? sameCountry : query.Key.Length >= SelfEvidentKeyLength;
    }

    private static string? KeyOf(Identifier id)
    {
        if (id.Type == IdentifierType.Imo)
        {
            var digits = ImoNumbers.Digits(id.Value);
            return digits.Length == 7 ? "IMO" + digits : null;
        }

        // Registration marks are short ("EP-MMH"), and their nationality prefix already makes them unique.
        return id.Key.Length >= (id.Type == IdentifierType.AircraftTailNumber ? MinMarkLength : MinKeyLength) ? id.Key : null;
    }

    /// <summary>A listed identifier and its entity.</summary>
    private readonly record struct Listed(int Entity, Identifier Identifier);

    /// <summary>An entity found by an identifier of the query.</summary>
    /// <param name="Entity">The entity's position among the screener's entities.</param>
    /// <param name="Listed">The identifier as listed.</param>
    /// <param name="Decides">Whether the identifier alone makes the entity a result, whatever the names say.</param>
    public readonly record struct Found(int Entity, Identifier Listed, bool Decides);
}
