using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Mapping;

/// <summary>
/// Turns a whole list's drafts into entities. Links ("Linked To: MADURO MOROS, Nicolas", a vessel's owner) get the
/// target's id when exactly one listing of the same list has that primary name; otherwise the name stays unresolved,
/// because guessing between two namesakes would tie a party to the wrong one.
/// </summary>
internal static class OfacEntityBuilder
{
    /// <summary>Builds the entities of one list, in the drafts' order.</summary>
    /// <param name="source">Source code, e.g. "ofac-sdn".</param>
    /// <param name="drafts">Every listing of the list.</param>
    /// <param name="resolvedLinks">How many links got a target id.</param>
    /// <param name="unresolvedLinks">How many did not.</param>
    public static ImmutableArray<SanctionsEntity> Build(string source, IReadOnlyList<OfacEntityDraft> drafts, out int resolvedLinks, out int unresolvedLinks)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var byName = new Dictionary<string, string?>(drafts.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts)
        {
            var id = ListSources.EntityId(source, draft.SourceId);
            var name = draft.Primary.Full;

            // A name held by two listings resolves to neither.
            byName[name] = byName.ContainsKey(name) ? null : id;
        }

        resolvedLinks = 0;
        unresolvedLinks = 0;
        var result = ImmutableArray.CreateBuilder<SanctionsEntity>(drafts.Count);
        foreach (var draft in drafts)
        {
            var links = ResolveLinks(draft, byName);
            foreach (var link in links)
            {
                if (link.TargetId is null)
                {
                    unresolvedLinks++;
                }
                else
                {
                    resolvedLinks++;
                }
            }

            result.Add(Create(source, draft, links));
        }

        return result.MoveToImmutable();
    }

    private static ImmutableArray<EntityLink> ResolveLinks(OfacEntityDraft draft, Dictionary<string, string?> byName)
    {
        var parsed = draft.Parsed.Links;
        var hasOwner = !string.IsNullOrWhiteSpace(draft.VesselOwner);
        if (parsed.IsEmpty && !hasOwner)
        {
            return [];
        }

        var links = new List<EntityLink>(parsed.Length + 1);
        foreach (var link in parsed)
        {
            links.Add(Resolve(link, byName));
        }

        if (hasOwner)
        {
            links.Add(Resolve(new EntityLink("Vessel Owner", draft.VesselOwner!.Trim()), byName));
        }

        return OfacArrays.Distinct(links);
    }

    private static SanctionsEntity Create(string source, OfacEntityDraft draft, ImmutableArray<EntityLink> links)
    {
        var parsed = draft.Parsed;
        var names = new List<EntityName>(1 + draft.Aliases.Length + parsed.Names.Length) { draft.Primary };
        names.AddRange(draft.Aliases);
        foreach (var name in parsed.Names)
        {
            names.Add(OfacNames.Create(name.Full, name.Kind, draft.Schema));
        }

        var countries = parsed.Countries;
        if (OfacCountries.CodeOf(draft.VesselFlag) is { } flag)
        {
            countries = countries.Contains(flag, StringComparer.Ordinal) ? countries : countries.Insert(0, flag);
        }

        var identifiers = parsed.Identifiers;
        if (!string.IsNullOrWhiteSpace(draft.CallSign))
        {
            var callSign = new Identifier(IdentifierType.CallSign, draft.CallSign.Trim(), Label: "Call Sign");
            identifiers = identifiers.Contains(callSign) ? identifiers : identifiers.Insert(0, callSign);
        }

        var birthDates = parsed.EstablishedDates.IsEmpty ? parsed.BirthDates : parsed.BirthDates.AddRange(parsed.EstablishedDates);

        return SanctionsEntity.Create(source, draft.SourceId, draft.Schema, names) with
        {
            BirthDates = birthDates,
            BirthPlaces = parsed.BirthPlaces,
            Nationalities = parsed.Nationalities,
            Citizenships = parsed.Citizenships,
            Countries = countries,
            Addresses = draft.Addresses,
            Identifiers = identifiers,
            Gender = parsed.Gender,
            Programs = draft.Programs,
            Titles = draft.Titles,
            Links = links,
            Remarks = string.IsNullOrWhiteSpace(draft.Remarks) ? null : draft.Remarks,
            Raw = draft.Raw,
        };
    }

    private static EntityLink Resolve(EntityLink link, Dictionary<string, string?> byName)
    {
        if (byName.TryGetValue(link.Name, out var id) && id is not null)
        {
            return link with { TargetId = id };
        }

        // The remarks' closing full stop may have been taken from the name ("… S.A." written as "… S.A.") or added.
        var other = link.Name.EndsWith('.') ? link.Name[..^1] : link.Name + ".";
        if (byName.TryGetValue(other, out id) && id is not null)
        {
            return link with { Name = other, TargetId = id };
        }

        return link;
    }
}
