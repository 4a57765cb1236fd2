using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Server.Lists;
using Vigil.Storage.Diff;
using Vigil.Storage.History;
using Vigil.Storage.Versions;

namespace Vigil.Server.Entities;

/// <summary>Maps entities, links and history to the API's documents.</summary>
internal static class EntityMapper
{
    public static EntityDocument ToDocument(SanctionsEntity e, LoadedScreening loaded, EntityHistory? history)
    {
        var screener = loaded.Lists.Screener;
        var links = e.Links.Select(l => new LinkDto(l.Relation, l.Name, l.TargetId, l.TargetId is null ? null : Summary(screener.Find(l.TargetId))))
            .ToImmutableArray();
        var linkedFrom = loaded.LinkedFrom.TryGetValue(e.Id, out var from)
            ? from.Select(f => new LinkDto(f.Link.Relation, f.From.PrimaryName.Full, f.From.Id, Summary(f.From))).ToImmutableArray()
            : [];
        return new EntityDocument(
            e.Id,
            e.Source,
            e.SourceId,
            e.Schema.ToString(),
            e.PrimaryName.Full,
            [.. e.Names.Select(n => new NameDto(n.Full, Camel(n.Kind.ToString()), n.Given, n.Family, n.Middle, n.Language))],
            [.. e.BirthDates.Select(d => new BirthDateDto(d.From.ToString(), d.To?.ToString(), d.Circa, d.ToString()))],
            [.. e.BirthPlaces.Select(p => new PlaceDto(p.Text, p.CountryCode))],
            e.Nationalities,
            e.Citizenships,
            e.Countries,
            [.. e.Addresses.Select(a => new AddressDto(a.Full, a.Street, a.City, a.Region, a.PostalCode, a.Country, a.CountryCode))],
            [.. e.Identifiers.Select(i => new IdentifierDto(Camel(i.Type.ToString()), i.Value, i.CountryCode, i.Label, i.Note))],
            Camel(e.Gender.ToString()),
            e.Programs,
            e.Titles,
            e.Remarks,
            e.ListedOn,
            links,
            linkedFrom,
            e.Raw,
            history is null ? null : [.. history.Entries.Select(ToEntry)]);
    }

    public static EntitySummaryDto? Summary(SanctionsEntity? e) =>
        e is null ? null : new EntitySummaryDto(e.Id, e.Schema.ToString(), e.PrimaryName.Full, e.Programs);

    public static VersionRefDto Ref(ListVersion v) => new(v.Id, v.Source, v.Number, v.PublishedAt, v.FetchedAt, v.AppliedAt);

    public static FieldChangeDto Change(FieldChange c) => new(Camel(c.Field.ToString()), c.Removed, c.Added);

    /// <summary>"StrongAlias" → "strongAlias": enum names as JSON values.</summary>
    public static string Camel(string name) => name.Length == 0 ? name : string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));

    private static HistoryEntryDto ToEntry(EntityHistoryEntry entry) =>
        new(Camel(entry.Kind.ToString()), Ref(entry.Version), [.. entry.Changes.Select(Change)]);
}
