using System.Collections.Immutable;
using System.Globalization;
using Vigil.Model;
using Vigil.Text.Countries;
using static Vigil.Sources.Xml.ListFields;

namespace Vigil.Sources.Uk;

/// <summary>Maps raw UK designations (from the XML list or its spreadsheet summary) into the entity model.</summary>
internal static class UkMapper
{
    private static readonly string[] DayFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    /// <summary>Maps one designation of the XML list, or returns null for a designation that carries no name.</summary>
    /// <remarks>
    /// The FCDO does publish designations without any name (BEL0174 and RUS1467 in the 11 August 2025 export). They
    /// cannot be screened against, and failing the whole list over them would stop every other designation loading,
    /// so the caller sets them aside (see <see cref="Xml.MappedList.Unnamed"/>).
    /// </remarks>
    /// <exception cref="ListFormatException">When the designation has no id or no known type.</exception>
    public static SanctionsEntity? Map(UkDesignation d, string file)
    {
        ArgumentNullException.ThrowIfNull(d);
        var id = d.UniqueID ?? throw new ListFormatException(file, d.Location, "UniqueID is missing");
        var schema = ToSchema(d.IndividualEntityShip, file, d.Location, id);
        var names = Names(d, schema == Schema.Person);
        if (names.Count == 0)
        {
            return null;
        }

        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        identifiers.AddRange(d.Passports.Select(p => ToIdentifier(IdentifierType.Passport, "Passport", p)).OfType<Identifier>());
        identifiers.AddRange(d.NationalIdentifiers.Select(p => ToIdentifier(IdentifierType.NationalId, "National identifier", p)).OfType<Identifier>());
        identifiers.AddRange(d.BusinessRegistrationNumbers.Select(n => new Identifier(IdentifierType.Registration, n, Label: "Business registration number")));
        identifiers.AddRange(d.IMONumbers.Select(ImoNumber).OfType<string>().Select(n => new Identifier(IdentifierType.Imo, n, Label: "IMO number")));
        identifiers.AddRange(d.PhoneNumbers.Select(n => new Identifier(IdentifierType.Phone, n)));
        identifiers.AddRange(d.EmailAddresses.Select(n => new Identifier(IdentifierType.Email, n)));
        identifiers.AddRange(d.Websites.Select(n => new Identifier(IdentifierType.Website, n)));
        if (d.UNReferenceNumber is { } unReference)
        {
            // Kept as an identifier so that a UK designation of UN origin can be tied to its UN entry.
            identifiers.Add(new Identifier(IdentifierType.Other, unReference, Label: "UN reference number"));
        }

        var links = d.ParentCompanies.Select(n => new EntityLink("Parent company", n))
            .Concat(d.Subsidiaries.Select(n => new EntityLink("Subsidiary", n)))
            .Concat(d.CurrentOwnerOperators.Select(n => new EntityLink("Owner/operator", n)));

        var entity = SanctionsEntity.Create(ListSources.UnitedKingdom, id, schema, names);
        return entity with
        {
            BirthDates = [.. d.DOBs.Select(ParseBirthDate).OfType<BirthDate>().Distinct()],
            BirthPlaces = [.. d.BirthLocations.Select(ToPlace).OfType<Place>().Distinct()],
            Nationalities = Codes(d.Nationalities),
            Countries = Codes(d.CurrentBelievedFlagOfShips),
            Addresses = [.. d.Addresses.Select(ToAddress).OfType<Address>()],
            Identifiers = [.. identifiers.Distinct()],
            Gender = ToGender(d.Genders),
            Programs = d.RegimeName is { } regime ? [Collapse(regime)!] : [],
            Titles = [.. d.Titles.Concat(d.Positions).Select(Collapse).OfType<string>().Distinct(StringComparer.Ordinal)],
            Links = [.. links.Distinct()],
            Remarks = JoinProse(d.OtherInformation, d.UKStatementofReasons),
            ListedOn = ParseDay(d.DateDesignated),
            Raw = d.Raw,
        };
    }

    /// <summary>Maps one row of the spreadsheet summary (primary name only), or returns null for a row with no name.</summary>
    /// <exception cref="ListFormatException">When the row has no id or no known type.</exception>
    public static SanctionsEntity? Map(UkSummaryRow row, string file)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = row.UniqueId ?? throw new ListFormatException(file, row.Location, "Unique ID is empty");
        var schema = ToSchema(row.Type, file, row.Location, id);
        if (Collapse(row.Name) is not { } name)
        {
            return null;
        }

        var entity = SanctionsEntity.Create(ListSources.UnitedKingdom, id, schema, [new EntityName(name)]);
        return entity with
        {
            Programs = row.RegimeName is { } regime ? [regime] : [],
            ListedOn = ParseDay(row.DateDesignated),
            Raw = row.Raw,
        };
    }

    /// <summary>Parses the FCDO's <c>dd/MM/yyyy</c> dates (and the summary's <c>dd-MM-yyyy</c>).</summary>
    public static DateOnly? ParseDay(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static Schema ToSchema(string? type, string file, string location, string id) => type?.Trim().ToUpperInvariant() switch
    {
        "INDIVIDUAL" => Schema.Person,
        "ENTITY" => Schema.Organization,
        "SHIP" => Schema.Vessel,
        null => throw new ListFormatException(file, location, id + ": IndividualEntityShip is missing"),
        _ => throw new ListFormatException(file, location, $"{id}: unknown IndividualEntityShip '{type}'"),
    };

    private static List<EntityName> Names(UkDesignation d, bool isPerson)
    {
        var names = new List<EntityName>();
        foreach (var n in d.Names)
        {
            var parts = new[] { n.Name1, n.Name2, n.Name3, n.Name4, n.Name5, n.Name6 };
            var present = parts.Select(Collapse).OfType<string>().ToArray();
            if (present.Length == 0)
            {
                continue;
            }

            var full = string.Join(' ', present);
            var kind = NameKindOf(n.NameType, n.AliasStrength);
            var given = Collapse(n.Name1);
            var family = Collapse(n.Name6);
            names.Add(isPerson && family is not null && present.Length > 1
                ? new EntityName(full, kind, given, family, Join(" ", n.Name2, n.Name3, n.Name4, n.Name5))
                : new EntityName(full, kind));
        }

        // A designation whose names are all variations or aliases still needs one to stand first as its name.
        if (names.Count > 0 && !names.Exists(n => n.Kind == NameKind.Primary))
        {
            names[0] = names[0] with { Kind = NameKind.Primary };
        }

        foreach (var n in d.NonLatinNames)
        {
            if (Collapse(n.NameNonLatinScript) is { } text)
            {
                names.Add(new EntityName(text, NameKind.OriginalScript, Language: n.NonLatinScriptLanguage ?? n.NonLatinScriptType));
            }
        }

        return names;
    }

    /// <summary>
    /// "Primary Name Variation" is another spelling of the designated name, so it is an alias, not a second primary.
    /// The FCDO writes the types in mixed case ("Primary name", "ALias"), hence the folding.
    /// </summary>
    private static NameKind NameKindOf(string? nameType, string? aliasStrength)
    {
        switch (nameType?.Trim().ToUpperInvariant())
        {
            case "PRIMARY NAME":
                return NameKind.Primary;
            case "ALIAS" when aliasStrength is not null && aliasStrength.Contains("low", StringComparison.OrdinalIgnoreCase):
                return NameKind.WeakAlias;
            default:
                return NameKind.StrongAlias;
        }
    }

    /// <summary>
    /// DOBs come as <c>dd/mm/yyyy</c> with unknown parts written as letters or zeros ("dd/mm/1950", "00/08/1955").
    /// Dates that still do not parse ("15/08/19yy") are left out; the raw record keeps them.
    /// </summary>
    private static BirthDate? ParseBirthDate(string text)
    {
        var parts = text.Trim().Split('/', '-');
        if (parts.Length != 3 || parts[2].Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return null;
        }

        int? month = int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;
        int? day = month is not null && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(year, month.Value) ? dd : null;
        return BirthDate.On(new PartialDate(year, month, day));
    }

    private static Place? ToPlace(UkBirthLocation l)
    {
        var text = Join(", ", l.TownOfBirth, l.CountryOfBirth);
        return text is null ? null : new Place(text, CountryCodes.FromName(l.CountryOfBirth));
    }

    private static Address? ToAddress(UkAddress a)
    {
        var street = Join(", ", a.AddressLine1, a.AddressLine2, a.AddressLine3, a.AddressLine4, a.AddressLine5);
        var city = Collapse(a.AddressLine6);
        if (street is null && city is null && a.AddressPostalCode is null && a.AddressCountry is null)
        {
            return null;
        }

        // Line 6 is the last line before the country: a city on most records, a province on some. It goes to City whole.
        return new Address(street, city, PostalCode: a.AddressPostalCode, Country: a.AddressCountry, CountryCode: CountryCodes.FromName(a.AddressCountry));
    }

    private static Identifier? ToIdentifier(IdentifierType type, string label, UkDocument document)
    {
        var number = Collapse(document.Number);
        return number is null ? null : new Identifier(type, number, Label: label, Note: Collapse(document.AdditionalInformation));
    }

    /// <summary>Most IMO numbers are published as "IMO9562233", some as "9562233"; the prefix is dropped so both compare equal.</summary>
    private static string? ImoNumber(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
        {
            value = value[3..].TrimStart(' ', ':', '.');
        }

        return value.Length == 0 ? null : value;
    }

    private static Gender ToGender(ImmutableArray<string> genders)
    {
        var male = genders.Any(g => g.Equals("Male", StringComparison.OrdinalIgnoreCase));
        var female = genders.Any(g => g.Equals("Female", StringComparison.OrdinalIgnoreCase));
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }

    private static ImmutableArray<string> Codes(IEnumerable<string> countries) =>
        [.. countries.Select(CountryCodes.FromName).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string? JoinProse(string? first, string? second)
    {
        var parts = new[] { first?.Trim(), second?.Trim() }.Where(p => !string.IsNullOrEmpty(p)).ToArray();
        return parts.Length == 0 ? null : string.Join("\n\n", parts);
    }
}
