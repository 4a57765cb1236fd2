using System.Collections.Immutable;
using System.Globalization;
using Vigil.Model;
using Vigil.Sources.Ofac.Mapping;
using Vigil.Sources.Ofac.Remarks;

namespace Vigil.Sources.Ofac.Xml;

/// <summary>
/// Maps sdn.xml entries to draft entities. The XML's idList carries both identifiers and the features the CSV
/// writes into remarks (Gender, Organization Established Date, IMO numbers, crypto addresses), with the same
/// wording, so each id is read by the same rules as a remarks segment.
/// </summary>
internal static class OfacXmlMapper
{
    // idTypes that describe the listing rather than identify it; they are not turned into identifiers.
    private static readonly string[] FeatureTypes =
    [
        "Secondary sanctions risk",
        "Additional Sanctions Information",
        "Transactions Prohibited For Persons Owned or Controlled By",
        "Target Type",
        "Organization Type",
        "Aircraft Model",
        "Aircraft Operator",
        "Aircraft Manufacture Date",
        "Former Vessel Flag",
        "Vessel Year of Build",
        "Vessel Type",
        "Vessel Flag",
        "Vessel Owner",
        "Listing Date",
        "Effective Date",
        "Purchase/Sales For Divestment Date",
        "CAATSA Section 235 Information",
        "Executive Order",
        "For more information",
        "Gender",
        "Nationality of Registration",
        "Organization Established Date",
        "Linked To",
    ];

    /// <summary>Parses Publish_Date ("06/27/2024") as midnight UTC; null when absent.</summary>
    /// <exception cref="ListFormatException">When the date is present but not a date.</exception>
    public static DateTimeOffset? PublishedAt(string file, string? publishDate)
    {
        if (publishDate is null)
        {
            return null;
        }

        if (!DateTime.TryParseExact(publishDate.Trim(), ["MM/dd/yyyy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ListFormatException(file, "element Publish_Date", $"'{publishDate}' is not an MM/dd/yyyy date");
        }

        return new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Maps every entry, in file order.</summary>
    public static List<OfacEntityDraft> ToDrafts(OfacXmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var drafts = new List<OfacEntityDraft>(document.Entries.Length);
        foreach (var entry in document.Entries)
        {
            drafts.Add(ToDraft(entry));
        }

        return drafts;
    }

    private static OfacEntityDraft ToDraft(OfacXmlEntry entry)
    {
        var schema = OfacFields.SchemaOf(entry.SdnType);
        var aliases = ImmutableArray.CreateBuilder<EntityName>();
        foreach (var aka in entry.Akas)
        {
            if (string.IsNullOrWhiteSpace(aka.LastName) && string.IsNullOrWhiteSpace(aka.FirstName))
            {
                continue;
            }

            var weak = string.Equals(aka.Category?.Trim(), "weak", StringComparison.OrdinalIgnoreCase);
            aliases.Add(OfacNames.FromParts(aka.FirstName, aka.LastName ?? string.Empty, OfacNames.AliasKind(aka.Type, weak), schema));
        }

        var builder = new OfacRemarksBuilder();
        if (entry.Remarks is not null)
        {
            OfacRemarksParser.AddRemarks(builder, entry.Remarks);
        }

        foreach (var id in entry.Ids)
        {
            AddId(builder, id);
        }

        foreach (var nationality in entry.Nationalities)
        {
            AddCountry(builder.Nationalities, nationality.Value);
        }

        foreach (var citizenship in entry.Citizenships)
        {
            AddCountry(builder.Citizenships, citizenship.Value);
        }

        foreach (var dob in entry.DatesOfBirth)
        {
            if (OfacDates.TryParseBirthDate(dob.Value, out var date))
            {
                builder.BirthDates.Add(date);
            }
            else
            {
                builder.Unstructured.Add("DOB " + dob.Value);
            }
        }

        foreach (var pob in entry.PlacesOfBirth)
        {
            builder.BirthPlaces.Add(new Place(pob.Value, OfacCountries.CodeOfPlace(pob.Value)));
        }

        return new OfacEntityDraft
        {
            SourceId = entry.Uid.ToString(CultureInfo.InvariantCulture),
            Schema = schema,
            Primary = OfacNames.FromParts(entry.FirstName, entry.LastName, NameKind.Primary, schema),
            Aliases = aliases.ToImmutable(),
            Programs = [.. entry.Programs.Distinct(StringComparer.Ordinal)],
            Titles = OfacFields.Titles(entry.Title),
            CallSign = entry.VesselInfo?.CallSign,
            VesselFlag = entry.VesselInfo?.VesselFlag,
            VesselOwner = entry.VesselInfo?.VesselOwner,
            Addresses = [.. entry.Addresses.Select(ToAddress).Where(a => a is not null).Select(a => a!)],
            Remarks = entry.Remarks,
            Parsed = builder.Build(),
            Raw = entry.Raw,
        };
    }

    private static void AddId(OfacRemarksBuilder builder, OfacXmlId id)
    {
        if (string.IsNullOrWhiteSpace(id.IdType) || string.IsNullOrWhiteSpace(id.IdNumber))
        {
            return;
        }

        var country = OfacCountries.CodeOf(id.IdCountry);
        var note = Note(id);
        if (OfacRemarksParser.TryAddLabelled(builder, id.IdType, id.IdNumber, country, note))
        {
            return;
        }

        var type = id.IdType.Trim();
        foreach (var feature in FeatureTypes)
        {
            if (type.StartsWith(feature, StringComparison.OrdinalIgnoreCase))
            {
                builder.Unstructured.Add(type + " " + id.IdNumber.Trim());
                return;
            }
        }

        // An id wording not seen before is still an identifier in the XML; keep it under OFAC's label.
        builder.Identifiers.Add(new Identifier(IdentifierType.Other, id.IdNumber.Trim(), country, type.TrimEnd(':', ' ', '-'), note));
    }

    private static string? Note(OfacXmlId id)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(id.IssueDate))
        {
            parts.Add("issued " + id.IssueDate.Trim());
        }

        if (!string.IsNullOrWhiteSpace(id.ExpirationDate))
        {
            parts.Add("expires " + id.ExpirationDate.Trim());
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static void AddCountry(List<string> into, string country)
    {
        if (OfacCountries.CodeOf(country) is { } code)
        {
            into.Add(code);
        }
    }

    private static Address? ToAddress(OfacXmlAddress a)
    {
        var street = string.Join(", ", new[] { a.Address1, a.Address2, a.Address3 }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (street.Length == 0 && a.City is null && a.StateOrProvince is null && a.PostalCode is null && a.Country is null)
        {
            return null;
        }

        return new Address(
            Street: street.Length == 0 ? null : street,
            City: a.City,
            Region: a.StateOrProvince,
            PostalCode: a.PostalCode,
            Country: a.Country,
            CountryCode: OfacCountries.CodeOf(a.Country));
    }
}
