using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Uk;

/// <summary>
/// Reads the UK Sanctions List XML (root <c>Designations</c>) into raw designations, streaming the file and
/// materialising one <c>Designation</c> at a time. Malformed or truncated input ends in a <see cref="ListFormatException"/>.
/// </summary>
internal static class UkReader
{
    /// <summary>The root element of the UK list.</summary>
    public const string RootElement = "Designations";

    /// <summary>Reads every designation of the file.</summary>
    /// <exception cref="ListFormatException">When the XML is malformed, truncated or not a UK list.</exception>
    public static UkList Read(Stream stream, string file, CancellationToken cancellationToken = default) =>
        XmlListReader.Read(stream, file, RootElement, reader => ReadList(reader, file, cancellationToken));

    private static UkList ReadList(XmlReader reader, string file, CancellationToken cancellationToken)
    {
        string? dateGenerated = null;
        var designations = ImmutableArray.CreateBuilder<UkDesignation>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName == "Designation")
            {
                cancellationToken.ThrowIfCancellationRequested();
                var element = XmlRecordReader.ReadElement(reader, file);
                var location = "element Designation[" + (designations.Count + 1).ToString(CultureInfo.InvariantCulture) + "]";
                designations.Add(ReadDesignation(element, location));
            }
            else if (reader.LocalName == "DateGenerated")
            {
                dateGenerated = reader.ReadElementContentAsString().Trim();
            }
            else
            {
                reader.Skip();
            }
        }

        return new UkList(dateGenerated, designations.ToImmutable());
    }

    private static UkDesignation ReadDesignation(XElement e, string location)
    {
        var ns = e.Name.Namespace;
        var individuals = e.Elements(ns + "IndividualDetails").Elements(ns + "Individual").ToArray();
        var entities = e.Elements(ns + "EntityDetails").Elements(ns + "Entity").ToArray();
        var ships = e.Elements(ns + "ShipDetails").Elements(ns + "Ship").ToArray();
        return new UkDesignation(location, e.ToString(SaveOptions.DisableFormatting))
        {
            LastUpdated = Text(e, "LastUpdated"),
            DateDesignated = Text(e, "DateDesignated"),
            UniqueID = Text(e, "UniqueID"),
            OFSIGroupID = Text(e, "OFSIGroupID"),
            UNReferenceNumber = Text(e, "UNReferenceNumber"),
            Names = [.. e.Elements(ns + "Names").Elements(ns + "Name").Select(n => new UkName(
                Text(n, "Name1"),
                Text(n, "Name2"),
                Text(n, "Name3"),
                Text(n, "Name4"),
                Text(n, "Name5"),
                Text(n, "Name6"),
                Text(n, "NameType"),
                Text(n, "AliasStrength")))],
            NonLatinNames = [.. e.Elements(ns + "NonLatinNames").Elements(ns + "NonLatinName").Select(n => new UkNonLatinName(
                Text(n, "NameNonLatinScript"),
                Text(n, "NonLatinScriptType"),
                Text(n, "NonLatinScriptLanguage")))],
            Titles = Values([e], "Titles", "Title"),
            RegimeName = Text(e, "RegimeName"),
            IndividualEntityShip = Text(e, "IndividualEntityShip"),
            DesignationSource = Text(e, "DesignationSource"),
            SanctionsImposed = Text(e, "SanctionsImposed"),
            OtherInformation = Text(e, "OtherInformation"),
            UKStatementofReasons = Text(e, "UKStatementofReasons"),
            Addresses = [.. e.Elements(ns + "Addresses").Elements(ns + "Address").Select(a => new UkAddress(
                Text(a, "AddressLine1"),
                Text(a, "AddressLine2"),
                Text(a, "AddressLine3"),
                Text(a, "AddressLine4"),
                Text(a, "AddressLine5"),
                Text(a, "AddressLine6"),
                Text(a, "AddressPostalCode"),
                Text(a, "AddressCountry")))],
            PhoneNumbers = Values([e], "PhoneNumbers", "PhoneNumber"),
            EmailAddresses = Values([e], "EmailAddresses", "EmailAddress"),
            Websites = Values([e], "Websites", "Website"),
            DOBs = Values(individuals, "DOBs", "DOB"),
            Nationalities = Values(individuals, "Nationalities", "Nationality"),
            Passports = [.. individuals.Elements(ns + "PassportDetails").Elements(ns + "Passport").Select(p => new UkDocument(
                Text(p, "PassportNumber"),
                Text(p, "PassportAdditionalInformation")))],
            NationalIdentifiers = [.. individuals.Elements(ns + "NationalIdentifierDetails").Elements(ns + "NationalIdentifier").Select(p => new UkDocument(
                Text(p, "NationalIdentifierNumber"),
                Text(p, "NationalIdentifierAdditionalInformation")))],
            Positions = Values(individuals, "Positions", "Position"),
            Genders = Values(individuals, "Genders", "Gender"),
            BirthLocations = [.. individuals.Elements(ns + "BirthDetails").Elements(ns + "Location").Select(l => new UkBirthLocation(
                Text(l, "TownOfBirth"),
                Text(l, "CountryOfBirth")))],
            TypeOfEntities = Values(entities, "TypeOfEntities", "TypeOfEntity"),
            BusinessRegistrationNumbers = Values(entities, "BusinessRegistrationNumbers", "BusinessRegistrationNumber"),
            ParentCompanies = Values(entities, "ParentCompanies", "ParentCompany"),
            Subsidiaries = Values(entities, "Subsidiaries", "Subsidiary"),
            IMONumbers = Values(ships, "IMONumbers", "IMONumber"),
            CurrentOwnerOperators = Values(ships, "CurrentOwnerOperators", "CurrentOwnerOperator"),
            CurrentBelievedFlagOfShips = Values(ships, "CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip"),
            PreviousFlags = Values(ships, "PreviousFlags", "PreviousFlag"),
            TypeOfShips = Values(ships, "TypeOfShipDetails", "TypeOfShip"),
        };
    }

    private static string? Text(XElement parent, string name) => XmlRecordReader.ChildText(parent, name);

    /// <summary>The non-blank texts of <c>wrapper/item</c> under each parent, e.g. <c>DOBs/DOB</c>.</summary>
    private static ImmutableArray<string> Values(IEnumerable<XElement> parents, string wrapper, string item) =>
        [.. parents.SelectMany(p => p.Elements(p.Name.Namespace + wrapper).Elements(p.Name.Namespace + item))
            .Select(v => XmlRecordReader.DirectText(v).Trim())
            .Where(v => v.Length > 0)];
}
