using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Text.Countries;
using static Vigil.Sources.Xml.ListFields;

namespace Vigil.Sources.UnSc;

/// <summary>Maps raw UN records into the entity model.</summary>
internal static class UnScMapper
{
    /// <summary>Maps one record.</summary>
    /// <param name="record">The raw record.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <exception cref="ListFormatException">When the record has no reference number or no name.</exception>
    public static SanctionsEntity Map(UnScRecord record, string file)
    {
        ArgumentNullException.ThrowIfNull(record);
        var id = record.ReferenceNumber
            ?? throw new ListFormatException(file, record.Location, "REFERENCE_NUMBER is missing");
        var isPerson = record.Kind == UnScRecordKind.Individual;

        var entity = SanctionsEntity.Create(ListSources.UnSecurityCouncil, id, isPerson ? Schema.Person : Schema.Organization, Names(record, file, id, isPerson));
        return entity with
        {
            BirthDates = BirthDates(record),
            BirthPlaces = BirthPlaces(record),
            Nationalities = [.. record.Nationality.Select(CountryCodes.FromName).OfType<string>().Distinct(StringComparer.Ordinal)],
            Addresses = [.. record.Addresses.Select(ToAddress).OfType<Address>()],
            Identifiers = [.. record.Documents.Select(ToIdentifier).OfType<Identifier>().Distinct()],
            Gender = record.Gender switch
            {
                { } g when g.Equals("Male", StringComparison.OrdinalIgnoreCase) => Gender.Male,
                { } g when g.Equals("Female", StringComparison.OrdinalIgnoreCase) => Gender.Female,
                _ => Gender.Unknown,
            },
            Programs = record.UnListType is { } program ? [program] : [],
            Titles = [.. record.Title.Concat(record.Designation).Select(Collapse).OfType<string>().Distinct(StringComparer.Ordinal)],
            Remarks = record.Comments1,
            ListedOn = IsoDay(record.ListedOn),
            Raw = record.Raw,
        };
    }

    private static IEnumerable<EntityName> Names(UnScRecord record, string file, string id, bool isPerson)
    {
        var parts = new[] { record.FirstName, record.SecondName, record.ThirdName, record.FourthName }
            .Select(Collapse)
            .OfType<string>()
            .ToArray();
        if (parts.Length == 0)
        {
            throw new ListFormatException(file, record.Location, $"{id}: FIRST_NAME is missing");
        }

        var full = string.Join(' ', parts);

        // UN names run given-first; the last part is the family name and any between are patronymics or second names.
        yield return isPerson && parts.Length > 1
            ? new EntityName(full, NameKind.Primary, Given: Collapse(record.FirstName), Family: parts[^1], Middle: parts.Length > 2 ? string.Join(' ', parts[1..^1]) : null)
            : new EntityName(full, NameKind.Primary);

        if (Collapse(record.NameOriginalScript) is { } original)
        {
            yield return new EntityName(original, NameKind.OriginalScript);
        }

        foreach (var alias in record.Aliases)
        {
            if (Collapse(alias.AliasName) is { } name)
            {
                yield return new EntityName(name, AliasKind(alias.Quality));
            }
        }
    }

    /// <summary>
    /// "Good" and "a.k.a." are strong aliases, "Low" is weak, "f.k.a." a former name. An alias with no quality
    /// counts as strong: the UN published it as a name of the party and gave no reason to doubt it.
    /// </summary>
    private static NameKind AliasKind(string? quality) => quality?.Trim().ToUpperInvariant() switch
    {
        "LOW" => NameKind.WeakAlias,
        "F.K.A." or "FKA" => NameKind.FormerName,
        _ => NameKind.StrongAlias,
    };

    private static ImmutableArray<BirthDate> BirthDates(UnScRecord record)
    {
        var dates = ImmutableArray.CreateBuilder<BirthDate>();
        foreach (var dob in record.DatesOfBirth)
        {
            if (ToBirthDate(dob) is { } date)
            {
                dates.Add(date);
            }
        }

        // Dates of birth given on an alias ("Jang Hyon U, DOB 1958-02-22") are dates the person used; screening
        // must see them as much as the ones on the record itself.
        foreach (var alias in record.Aliases)
        {
            if (alias.DateOfBirth is { } text && PartialDate.TryParseIso(text, out var date))
            {
                dates.Add(BirthDate.On(date));
            }
        }

        return [.. dates.Distinct()];
    }

    /// <summary>
    /// Unparsable dates are left out rather than failing the list: they stay visible in the raw record, and one odd
    /// date must not stop the other thousand entries from loading.
    /// </summary>
    private static BirthDate? ToBirthDate(UnScDateOfBirth dob)
    {
        var type = dob.TypeOfDate?.Trim().ToUpperInvariant();
        if (type == "BETWEEN")
        {
            return Year(dob.FromYear) is { } from && Year(dob.ToYear) is { } to
                ? BirthDate.Between(from, to)
                : null;
        }

        var circa = type == "APPROXIMATELY";
        if (dob.Date is { } text && PartialDate.TryParseIso(text.Length > 10 ? text[..10] : text, out var date))
        {
            return BirthDate.On(date, circa);
        }

        return Year(dob.Year) is { } year ? BirthDate.On(year, circa) : null;
    }

    private static PartialDate? Year(string? text) =>
        text is not null && text.Length == 4 && PartialDate.TryParseIso(text, out var date) ? date : null;

    private static ImmutableArray<Place> BirthPlaces(UnScRecord record)
    {
        var places = ImmutableArray.CreateBuilder<Place>();
        foreach (var pob in record.PlacesOfBirth)
        {
            var text = Join(", ", pob.Street, pob.City, pob.StateProvince, pob.Country);
            if (text is not null)
            {
                places.Add(new Place(text, CountryCodes.FromName(pob.Country)));
            }
        }

        foreach (var alias in record.Aliases)
        {
            var text = Join(", ", alias.CityOfBirth, alias.CountryOfBirth);
            if (text is not null)
            {
                places.Add(new Place(text, CountryCodes.FromName(alias.CountryOfBirth)));
            }
        }

        return [.. places.Distinct()];
    }

    private static Address? ToAddress(UnScAddress a)
    {
        if (a.Street is null && a.City is null && a.StateProvince is null && a.ZipCode is null && a.Country is null)
        {
            return null;
        }

        return new Address(Collapse(a.Street), Collapse(a.City), Collapse(a.StateProvince), a.ZipCode, a.Country, CountryCodes.FromName(a.Country), Collapse(a.Note));
    }

    private static Identifier? ToIdentifier(UnScDocument d)
    {
        var number = Collapse(d.Number);
        if (number is null)
        {
            // A document described without a number ("Passport issued in 2004") identifies nothing to match on.
            return null;
        }

        var type = Collapse(d.TypeOfDocument);
        var type2 = Collapse(d.TypeOfDocument2);
        var label = type is not null && type2 is not null ? type + " / " + type2 : type ?? type2;
        var country = d.IssuingCountry ?? d.CountryOfIssue;
        var note = Join(", ", d.Note, d.DateOfIssue is null ? null : "issued " + d.DateOfIssue, d.CityOfIssue);
        return new Identifier(Classify(type, type2), number, CountryCodes.FromName(country), label, note);
    }

    /// <summary>The UN writes document types in English, French and Spanish and free-hand in TYPE_OF_DOCUMENT2.</summary>
    private static IdentifierType Classify(string? type, string? type2)
    {
        foreach (var text in new[] { type, type2 })
        {
            if (text is null)
            {
                continue;
            }

            if (text.Contains("passport", StringComparison.OrdinalIgnoreCase)
                || text.Contains("passeport", StringComparison.OrdinalIgnoreCase)
                || text.Contains("pasaporte", StringComparison.OrdinalIgnoreCase))
            {
                return IdentifierType.Passport;
            }

            if (text.Contains("identification", StringComparison.OrdinalIgnoreCase)
                || text.Contains("identity", StringComparison.OrdinalIgnoreCase))
            {
                return IdentifierType.NationalId;
            }
        }

        return IdentifierType.Other;
    }
}
