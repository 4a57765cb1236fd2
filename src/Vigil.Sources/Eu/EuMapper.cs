using System.Collections.Immutable;
using System.Globalization;
using Vigil.Model;
using Vigil.Text.Countries;
using Vigil.Text.Transliteration;
using static Vigil.Sources.Xml.ListFields;

namespace Vigil.Sources.Eu;

/// <summary>Maps raw EU sanction entities into the entity model.</summary>
internal static class EuMapper
{
    /// <summary>Maps one sanction entity.</summary>
    /// <exception cref="ListFormatException">When the entity has no logicalId, no subjectType or no name.</exception>
    public static SanctionsEntity Map(EuSanctionEntity e, string file)
    {
        ArgumentNullException.ThrowIfNull(e);
        var id = e.LogicalId ?? throw new ListFormatException(file, e.Location, "logicalId is missing");
        var schema = e.SubjectType?.ToUpperInvariant() switch
        {
            "PERSON" => Schema.Person,
            "ENTERPRISE" => Schema.Organization,
            null => throw new ListFormatException(file, e.Location, id + ": subjectType is missing"),
            _ => Schema.LegalEntity,
        };
        var names = Names(e.NameAlias, schema == Schema.Person);
        if (names.Count == 0)
        {
            throw new ListFormatException(file, e.Location, id + ": no nameAlias has a name");
        }

        var citizenships = e.Citizenship.Select(c => IsoCode(c.CountryIso2Code, c.CountryDescription)).OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
        var identifiers = e.Identification.Select(ToIdentifier).OfType<Identifier>().ToList();
        if (e.UnitedNationId is { } unId)
        {
            // Kept as an identifier so that an EU entry transposing a UN listing can be tied to its UN entry.
            identifiers.Add(new Identifier(IdentifierType.Other, unId, Label: "UN reference number"));
        }

        var entity = SanctionsEntity.Create(ListSources.EuropeanUnion, id, schema, names);
        return entity with
        {
            BirthDates = [.. e.Birthdate.Select(ToBirthDate).OfType<BirthDate>().Distinct()],
            BirthPlaces = [.. e.Birthdate.Select(ToPlace).OfType<Place>().Distinct()],

            // The EU publishes citizenship only; it is what the other lists call nationality, so it fills both.
            Nationalities = citizenships,
            Citizenships = citizenships,
            Addresses = [.. e.Address.Select(ToAddress).OfType<Address>()],
            Identifiers = [.. identifiers.Distinct()],
            Gender = ToGender(e.NameAlias),
            Programs = [.. e.Regulation.Select(r => r.Programme).OfType<string>().Distinct(StringComparer.Ordinal)],
            Titles = [.. e.NameAlias.SelectMany(n => new[] { n.Function, n.Title }).Select(Collapse).OfType<string>().Distinct(StringComparer.Ordinal)],
            Remarks = e.Remark.IsEmpty ? null : string.Join("\n", e.Remark),
            ListedOn = IsoDay(e.DesignationDate) ?? e.Regulation.Select(r => IsoDay(r.PublicationDate)).Where(d => d is not null).Min(),
            Raw = e.Raw,
        };
    }

    /// <summary>
    /// The file marks no primary name. The first Latin-script strong alias is taken as primary (the EU lists the
    /// regulation's own spelling first); names in another script are original-script names; strong="false" is weak.
    /// </summary>
    private static List<EntityName> Names(ImmutableArray<EuNameAlias> aliases, bool isPerson)
    {
        var names = new List<EntityName>();
        var primary = -1;
        foreach (var a in aliases)
        {
            var full = Collapse(a.WholeName) ?? Join(" ", a.FirstName, a.MiddleName, a.LastName);
            if (full is null)
            {
                continue;
            }

            var weak = string.Equals(a.Strong, "false", StringComparison.OrdinalIgnoreCase);
            var nonLatin = LatinTransliterator.NeedsTransliteration(full);
            var kind = nonLatin ? NameKind.OriginalScript : weak ? NameKind.WeakAlias : NameKind.StrongAlias;
            if (primary < 0 && !nonLatin && !weak)
            {
                primary = names.Count;
            }

            names.Add(isPerson && (a.FirstName is not null || a.LastName is not null)
                ? new EntityName(full, kind, Collapse(a.FirstName), Collapse(a.LastName), Collapse(a.MiddleName), a.NameLanguage)
                : new EntityName(full, kind, Language: a.NameLanguage));
        }

        if (names.Count > 0)
        {
            var index = Math.Max(primary, 0);
            names[index] = names[index] with { Kind = NameKind.Primary };
        }

        return names;
    }

    private static BirthDate? ToBirthDate(EuBirthdate b)
    {
        var circa = string.Equals(b.Circa, "true", StringComparison.OrdinalIgnoreCase);
        if (b.Birthdate is { } whole && PartialDate.TryParseIso(whole, out var date))
        {
            return BirthDate.On(date, circa);
        }

        if (Year(b.YearRangeFrom) is { } from && Year(b.YearRangeTo) is { } to)
        {
            return BirthDate.Between(new PartialDate(from), new PartialDate(to));
        }

        if (Year(b.Year) is not { } year)
        {
            // Unparsable dates are left out rather than failing the list; the raw record keeps them.
            return null;
        }

        int? month = Number(b.MonthOfYear) is { } m and >= 1 and <= 12 ? m : null;
        int? day = month is not null && Number(b.DayOfMonth) is { } d && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value) ? d : null;
        return BirthDate.On(new PartialDate(year, month, day), circa);
    }

    private static int? Year(string? text) => Number(text) is { } y and >= 1000 and <= 9999 ? y : null;

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static Place? ToPlace(EuBirthdate b)
    {
        var code = IsoCode(b.CountryIso2Code, b.CountryDescription);
        var text = Join(", ", b.Place, b.City, b.Region, code is null ? null : b.CountryDescription);
        return text is null ? null : new Place(text, code);
    }

    private static Address? ToAddress(EuAddress a)
    {
        var code = IsoCode(a.CountryIso2Code, a.CountryDescription);
        var street = Join(", ", a.Street, a.PoBox is null ? null : "P.O. Box " + a.PoBox, a.Place);
        if (street is null && a.City is null && a.Region is null && a.ZipCode is null && code is null)
        {
            return null;
        }

        return new Address(street, Collapse(a.City), Collapse(a.Region), a.ZipCode, code is null ? null : a.CountryDescription, code, Collapse(a.Remark));
    }

    private static Identifier? ToIdentifier(EuIdentification i)
    {
        var number = Collapse(i.Number) ?? Collapse(i.LatinNumber);
        if (number is null)
        {
            return null;
        }

        var note = Join(", ", i.Remark, i.IssuedBy is null ? null : "issued by " + i.IssuedBy, i.IssuedDate is null ? null : "issued " + i.IssuedDate);
        return new Identifier(Classify(i.IdentificationTypeCode), number, IsoCode(i.CountryIso2Code, i.CountryDescription), i.IdentificationTypeDescription ?? i.IdentificationTypeCode, note);
    }

    private static IdentifierType Classify(string? code) => code?.ToUpperInvariant() switch
    {
        "PASSPORT" or "NATIONALPASS" or "DIPLOMATICPASS" => IdentifierType.Passport,
        "ID" or "NATIONALID" => IdentifierType.NationalId,
        "FISCALCODE" or "TAXID" => IdentifierType.TaxId,
        "REGNUMBER" => IdentifierType.Registration,
        "SWIFTBIC" => IdentifierType.SwiftBic,
        "IMO" => IdentifierType.Imo,
        _ => IdentifierType.Other,
    };

    /// <summary>Person genders are "M" or "F" on the name aliases; conflicting or missing values stay unknown.</summary>
    private static Gender ToGender(ImmutableArray<EuNameAlias> aliases)
    {
        var male = aliases.Any(a => string.Equals(a.Gender, "M", StringComparison.OrdinalIgnoreCase));
        var female = aliases.Any(a => string.Equals(a.Gender, "F", StringComparison.OrdinalIgnoreCase));
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }

    /// <summary>The ISO code the EU gives ("00" when unknown, which is no code), or failing that the code of its country description.</summary>
    private static string? IsoCode(string? code, string? description) => CountryCodes.FromIsoCode(code) ?? CountryCodes.FromName(description);
}
