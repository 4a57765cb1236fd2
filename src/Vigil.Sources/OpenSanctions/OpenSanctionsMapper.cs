using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Vigil.Model;
using Vigil.Text.Countries;
using Vigil.Text.Transliteration;

namespace Vigil.Sources.OpenSanctions;

/// <summary>
/// Maps FollowTheMoney records into the entity model. Persons, companies, organisations, legal entities, vessels
/// and aircraft become entities; Sanction, Passport/Identification, CryptoWallet, Address and relation records (Ownership,
/// Directorship, Family, ...) are folded into the entities they point at.
/// </summary>
internal static class OpenSanctionsMapper
{
    /// <summary>The FtM schemas that are screened parties, and what they become.</summary>
    public static FrozenDictionary<string, Schema> EntitySchemas { get; } = new Dictionary<string, Schema>(StringComparer.Ordinal)
    {
        ["Person"] = Schema.Person,
        ["Company"] = Schema.Organization,
        ["Organization"] = Schema.Organization,

        // A PublicBody is an Organization subtype in FtM (ministries, state agencies); lists sanction them as such.
        ["PublicBody"] = Schema.Organization,
        ["LegalEntity"] = Schema.LegalEntity,
        ["Vessel"] = Schema.Vessel,
        ["Airplane"] = Schema.Aircraft,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Maps every entity record, in file order. Records may come from several files; relations resolve across them.</summary>
    /// <exception cref="ListFormatException">When an id repeats or an entity has no name.</exception>
    public static ImmutableArray<SanctionsEntity> Map(ImmutableArray<FtmRecord> records, CancellationToken cancellationToken = default)
    {
        var byId = new Dictionary<string, FtmRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byId.TryAdd(record.Id, record))
            {
                var first = byId[record.Id];
                throw new ListFormatException(record.File, Location(record), $"id {record.Id} appears twice (first at {first.File}, {Location(first)})");
            }
        }

        // Statements may still point at ids that OpenSanctions has since merged into another entity (its referents).
        var resolve = new Dictionary<string, FtmRecord>(byId, StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var referent in record.Referents)
            {
                resolve.TryAdd(referent, record);
            }
        }

        var related = new Dictionary<string, Related>(StringComparer.Ordinal);
        Related RelatedOf(FtmRecord entity) => related.TryGetValue(entity.Id, out var r) ? r : related[entity.Id] = new Related();
        IEnumerable<FtmRecord> Targets(FtmRecord record, string property) =>
            record.Values(property).Select(id => resolve.GetValueOrDefault(id)).OfType<FtmRecord>().Where(IsEntity).Distinct();

        foreach (var record in records)
        {
            if (record.Schema == "Sanction")
            {
                foreach (var target in Targets(record, "entity"))
                {
                    RelatedOf(target).Sanctions.Add(record);
                }
            }
            else if (record.Schema is "Passport" or "Identification")
            {
                foreach (var target in Targets(record, "holder"))
                {
                    RelatedOf(target).Documents.Add(record);
                }
            }
            else if (record.Schema == "CryptoWallet")
            {
                foreach (var target in Targets(record, "holder"))
                {
                    RelatedOf(target).Wallets.Add(record);
                }
            }
            else if (FtmLinkKind.All.TryGetValue(record.Schema, out var kind))
            {
                var detail = record.Values(kind.Detail).FirstOrDefault();
                foreach (var subject in Targets(record, kind.Subject))
                {
                    foreach (var target in Targets(record, kind.Object))
                    {
                        RelatedOf(subject).Links.Add(new EntityLink(detail is null ? kind.SubjectRelation : $"{kind.SubjectRelation} ({detail})", NameOf(target), EntityId(target)));
                        RelatedOf(subject).Raw.Add(record.Raw);
                        RelatedOf(target).Links.Add(new EntityLink(kind.ObjectRelation, NameOf(subject), EntityId(subject)));
                        RelatedOf(target).Raw.Add(record.Raw);
                    }
                }
            }
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (EntitySchemas.TryGetValue(record.Schema, out var schema))
            {
                entities.Add(MapEntity(record, schema, related.GetValueOrDefault(record.Id) ?? new Related(), resolve));
            }
        }

        return entities.ToImmutable();
    }

    private static SanctionsEntity MapEntity(FtmRecord r, Schema schema, Related related, Dictionary<string, FtmRecord> resolve)
    {
        var names = Names(r);
        if (names.Count == 0)
        {
            throw new ListFormatException(r.File, Location(r), $"{r.Schema} {r.Id} has neither a name nor a caption");
        }

        var addressRecords = r.Values("addressEntity").Select(id => resolve.GetValueOrDefault(id)).OfType<FtmRecord>().Where(a => a.Schema == "Address").Distinct().ToArray();
        var sanctions = related.Sanctions;
        var listed = sanctions.SelectMany(s => s.Values("listingDate")).Select(ParseDay).Where(d => d is not null).Min()
            ?? sanctions.SelectMany(s => s.Values("startDate")).Select(ParseDay).Where(d => d is not null).Min();

        var raw = new List<string> { r.Raw };
        raw.AddRange(sanctions.Select(s => s.Raw));
        raw.AddRange(related.Documents.Select(d => d.Raw));
        raw.AddRange(addressRecords.Select(a => a.Raw));
        raw.AddRange(related.Raw);

        var entity = SanctionsEntity.Create(ListSources.OpenSanctions, r.Id, schema, names);
        return entity with
        {
            BirthDates = [.. r.Values(schema == Schema.Person ? "birthDate" : "incorporationDate").Select(ParseDate).OfType<PartialDate>().Distinct().Select(d => BirthDate.On(d))],
            BirthPlaces = [.. r.Values("birthPlace").Select(p => new Place(p, CountryCodes.FromName(p))).Distinct()],
            Nationalities = Codes(r.Values("nationality")),
            Citizenships = Codes(r.Values("citizenship")),
            Countries = Codes(r.Values("country").Concat(r.Values("jurisdiction")).Concat(r.Values("mainCountry")).Concat(r.Values("flag"))),
            Addresses = Addresses(r, addressRecords),
            Identifiers = Identifiers(r, schema, related.Documents, related.Wallets),
            Gender = r.Values("gender").FirstOrDefault()?.ToUpperInvariant() switch
            {
                "MALE" => Gender.Male,
                "FEMALE" => Gender.Female,
                _ => Gender.Unknown,
            },
            Programs = Programs(r, sanctions),
            Titles = [.. r.Values("title").Concat(r.Values("position")).Distinct(StringComparer.Ordinal)],
            Links = [.. related.Links.Distinct()],
            Remarks = r.Values("notes") is { IsEmpty: false } notes ? string.Join("\n", notes) : null,
            ListedOn = listed,
            Raw = string.Join("\n", raw.Distinct(StringComparer.Ordinal)),
        };
    }

    /// <summary>
    /// The caption (OpenSanctions' display name) comes first as the primary name; the other names are aliases, or
    /// original-script names when written in a non-Latin script. FtM lists name parts without pairing them, so parts
    /// go on the primary name only when each is unambiguous.
    /// </summary>
    private static List<EntityName> Names(FtmRecord r)
    {
        var names = new List<EntityName>();
        var primary = r.Caption ?? r.Values("name").FirstOrDefault();
        if (primary is null)
        {
            return names;
        }

        names.Add(new EntityName(primary, NameKind.Primary, Single(r, "firstName"), Single(r, "lastName"), Single(r, "middleName") ?? Single(r, "fatherName")));
        AddNames(names, r.Values("name"), NameKind.StrongAlias);
        AddNames(names, r.Values("alias"), NameKind.StrongAlias);
        AddNames(names, r.Values("previousName"), NameKind.FormerName);

        // Abbreviations ("CST") are short and collide easily, so they count as weak.
        AddNames(names, r.Values("abbreviation"), NameKind.WeakAlias);
        AddNames(names, r.Values("weakAlias"), NameKind.WeakAlias);
        return names;
    }

    private static void AddNames(List<EntityName> names, ImmutableArray<string> values, NameKind kind)
    {
        foreach (var value in values)
        {
            if (names.Exists(n => n.Full.Equals(value, StringComparison.Ordinal)))
            {
                continue;
            }

            names.Add(new EntityName(value, kind != NameKind.WeakAlias && LatinTransliterator.NeedsTransliteration(value) ? NameKind.OriginalScript : kind));
        }
    }

    private static string? Single(FtmRecord r, string property)
    {
        var values = r.Values(property).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return values.Length == 1 ? values[0] : null;
    }

    private static ImmutableArray<Address> Addresses(FtmRecord r, FtmRecord[] addressRecords)
    {
        var addresses = new List<Address>();
        var fulls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in addressRecords)
        {
            var code = Codes(a.Values("country")).FirstOrDefault();
            var full = a.Values("full").FirstOrDefault();
            if (full is not null)
            {
                fulls.Add(full);
            }

            var street = Join(a.Values("street").Concat(a.Values("street2")).Concat(a.Values("postOfficeBox")));
            var city = a.Values("city").FirstOrDefault();
            var region = a.Values("region").FirstOrDefault();
            var postalCode = a.Values("postalCode").FirstOrDefault();

            // FtM stores the country as a code; the address keeps its English name for display.
            var country = code is null ? null : CountryCodes.NameOf(code);
            addresses.Add(street is null && city is null && region is null && postalCode is null
                ? new Address(full, Country: country, CountryCode: code)
                : new Address(street, city, region, postalCode, country, code));
        }

        // Plain address strings usually repeat the full text of an address record; only the others are added.
        foreach (var text in r.Values("address"))
        {
            if (fulls.Add(text))
            {
                addresses.Add(new Address(text));
            }
        }

        return [.. addresses.Distinct()];
    }

    private static ImmutableArray<Identifier> Identifiers(FtmRecord r, Schema schema, List<FtmRecord> documents, List<FtmRecord> wallets)
    {
        var identifiers = new List<Identifier>();
        foreach (var (property, type, label) in FtmIdentifierProperty.All)
        {
            // An aircraft's registration number is its tail number.
            var kind = schema == Schema.Aircraft && property == "registrationNumber" ? IdentifierType.AircraftTailNumber : type;
            identifiers.AddRange(r.Values(property).Select(v => new Identifier(kind, v, Label: label)));
        }

        foreach (var d in documents)
        {
            var country = Codes(d.Values("country")).FirstOrDefault();
            var label = d.Values("type").FirstOrDefault() ?? d.Schema;
            var type = d.Schema == "Passport" ? IdentifierType.Passport : Classify(label);
            var note = Join(d.Values("authority").Concat(d.Values("summary")));
            identifiers.AddRange(d.Values("number").Concat(d.Values("passportNumber")).Select(n => new Identifier(type, n, country, label, note)));
        }

        // A wallet is a record of its own, its holder's identifier here, worded as OFAC words it.
        foreach (var w in wallets)
        {
            var label = w.Values("currency").FirstOrDefault() is { } currency ? $"Digital Currency Address - {currency}" : "Digital Currency Address";
            identifiers.AddRange(w.Values("publicKey").Select(k => new Identifier(IdentifierType.CryptoAddress, k, Label: label)));
        }

        // innCode and taxNumber often carry the same number: one identifier per kind and number is enough.
        return [.. identifiers.Where(i => i.Key.Length > 0).DistinctBy(i => (i.Type, i.Key))];
    }

    /// <summary>Identification records word their type freely ("National ID card", "Tax ID", "passport").</summary>
    private static IdentifierType Classify(string label) =>
        label.Contains("passport", StringComparison.OrdinalIgnoreCase) ? IdentifierType.Passport
        : label.Contains("tax", StringComparison.OrdinalIgnoreCase) ? IdentifierType.TaxId
        : label.Contains("identi", StringComparison.OrdinalIgnoreCase) || label.Contains("id card", StringComparison.OrdinalIgnoreCase) || label.Contains("national id", StringComparison.OrdinalIgnoreCase)
            ? IdentifierType.NationalId
            : IdentifierType.Other;

    /// <summary>
    /// The entity's own program ids, then each sanction's program id, else its program text, else its authority, so
    /// that a sanction naming no program (a travel ban, a national freeze) still shows who imposed it.
    /// </summary>
    private static ImmutableArray<string> Programs(FtmRecord r, List<FtmRecord> sanctions)
    {
        var programs = new List<string>(r.Values("programId"));
        foreach (var s in sanctions)
        {
            var ids = s.Values("programId");
            programs.AddRange(!ids.IsEmpty ? ids : !s.Values("program").IsEmpty ? s.Values("program") : s.Values("authority"));
        }

        return [.. programs.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>FtM countries are lower-case ISO codes ("ru"); historic or pseudo codes ("suhh", "zz") have no ISO code and are left out.</summary>
    private static ImmutableArray<string> Codes(IEnumerable<string> values) =>
        [.. values.Select(CountryCodes.FromIsoCode).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static PartialDate? ParseDate(string text) =>
        PartialDate.TryParseIso(text.Length > 10 ? text.AsSpan(0, 10) : text, out var date) ? date : null;

    private static DateOnly? ParseDay(string text) =>
        ParseDate(text) is { Precision: DatePrecision.Day } d ? new DateOnly(d.Year, d.Month!.Value, d.Day!.Value) : null;

    private static string? Join(IEnumerable<string> parts)
    {
        var joined = string.Join(", ", parts);
        return joined.Length == 0 ? null : joined;
    }

    private static bool IsEntity(FtmRecord record) => EntitySchemas.ContainsKey(record.Schema);

    private static string EntityId(FtmRecord record) => ListSources.EntityId(ListSources.OpenSanctions, record.Id);

    private static string NameOf(FtmRecord record) => record.Caption ?? record.Values("name").FirstOrDefault() ?? record.Id;

    private static string Location(FtmRecord record) => "line " + record.Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>What other records say about one entity.</summary>
    private sealed class Related
    {
        public List<FtmRecord> Sanctions { get; } = [];

        public List<FtmRecord> Documents { get; } = [];

        public List<FtmRecord> Wallets { get; } = [];

        public List<EntityLink> Links { get; } = [];

        public List<string> Raw { get; } = [];
    }
}
