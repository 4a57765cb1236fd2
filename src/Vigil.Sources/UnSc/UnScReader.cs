using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.UnSc;

/// <summary>
/// Reads the UN Security Council consolidated list XML into raw records. Streams the file with an
/// <see cref="XmlReader"/> and materialises one record element at a time, so memory stays at one record
/// plus the results. Any malformed or truncated input ends in a <see cref="ListFormatException"/>.
/// </summary>
internal static class UnScReader
{
    /// <summary>The root element of the UN list.</summary>
    public const string RootElement = "CONSOLIDATED_LIST";

    /// <summary>Reads every record of the file.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="cancellationToken">Cancels between records.</param>
    /// <exception cref="ListFormatException">When the XML is malformed, truncated or not a UN list.</exception>
    public static UnScList Read(Stream stream, string file, CancellationToken cancellationToken = default) =>
        XmlListReader.Read(stream, file, RootElement, reader => ReadList(reader, file, cancellationToken));

    private static UnScList ReadList(XmlReader reader, string file, CancellationToken cancellationToken)
    {
        var dateGenerated = reader.GetAttribute("dateGenerated");
        var records = ImmutableArray.CreateBuilder<UnScRecord>();
        var individuals = 0;
        var entities = 0;
        string? section = null;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.Depth == 1)
            {
                section = reader.LocalName;
                reader.Read();
                continue;
            }

            if (reader.Depth == 2 && section == "INDIVIDUALS" && reader.LocalName == "INDIVIDUAL")
            {
                cancellationToken.ThrowIfCancellationRequested();
                var element = XmlRecordReader.ReadElement(reader, file);
                records.Add(ReadRecord(element, UnScRecordKind.Individual, "element INDIVIDUAL[" + (++individuals).ToString(CultureInfo.InvariantCulture) + "]"));
                continue;
            }

            if (reader.Depth == 2 && section == "ENTITIES" && reader.LocalName == "ENTITY")
            {
                cancellationToken.ThrowIfCancellationRequested();
                var element = XmlRecordReader.ReadElement(reader, file);
                records.Add(ReadRecord(element, UnScRecordKind.Entity, "element ENTITY[" + (++entities).ToString(CultureInfo.InvariantCulture) + "]"));
                continue;
            }

            // Elements this reader does not know (future schema additions) are skipped whole.
            reader.Skip();
        }

        return new UnScList(dateGenerated, records.ToImmutable());
    }

    private static UnScRecord ReadRecord(XElement e, UnScRecordKind kind, string location)
    {
        var isIndividual = kind == UnScRecordKind.Individual;
        return new UnScRecord(kind, location, e.ToString(SaveOptions.DisableFormatting))
        {
            DataId = Text(e, "DATAID"),
            FirstName = Text(e, "FIRST_NAME"),
            SecondName = Text(e, "SECOND_NAME"),
            ThirdName = Text(e, "THIRD_NAME"),
            FourthName = Text(e, "FOURTH_NAME"),
            UnListType = Text(e, "UN_LIST_TYPE"),
            ReferenceNumber = Text(e, "REFERENCE_NUMBER"),
            ListedOn = Text(e, "LISTED_ON"),
            NameOriginalScript = Text(e, "NAME_ORIGINAL_SCRIPT"),
            Comments1 = Text(e, "COMMENTS1"),
            Gender = Text(e, "GENDER"),
            Title = Values(e, "TITLE"),
            Designation = Values(e, "DESIGNATION"),
            Nationality = Values(e, "NATIONALITY"),
            ListType = Values(e, "LIST_TYPE"),
            Aliases = [.. e.Elements(isIndividual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS").Select(a => new UnScAlias(
                Text(a, "QUALITY"),
                Text(a, "ALIAS_NAME"),
                Text(a, "DATE_OF_BIRTH"),
                Text(a, "CITY_OF_BIRTH"),
                Text(a, "COUNTRY_OF_BIRTH"),
                Text(a, "NOTE")))],
            Addresses = [.. e.Elements(isIndividual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS").Select(a => new UnScAddress(
                Text(a, "STREET"),
                Text(a, "CITY"),
                Text(a, "STATE_PROVINCE"),
                Text(a, "ZIP_CODE"),
                Text(a, "COUNTRY"),
                Text(a, "NOTE")))],
            DatesOfBirth = [.. e.Elements("INDIVIDUAL_DATE_OF_BIRTH").Select(d => new UnScDateOfBirth(
                Text(d, "TYPE_OF_DATE"),
                Text(d, "DATE"),
                Text(d, "YEAR"),
                Text(d, "FROM_YEAR"),
                Text(d, "TO_YEAR"),
                Text(d, "NOTE")))],
            PlacesOfBirth = [.. e.Elements("INDIVIDUAL_PLACE_OF_BIRTH").Select(p => new UnScPlaceOfBirth(
                Text(p, "STREET"),
                Text(p, "CITY"),
                Text(p, "STATE_PROVINCE"),
                Text(p, "COUNTRY"),
                Text(p, "NOTE")))],
            Documents = [.. e.Elements("INDIVIDUAL_DOCUMENT").Select(d => new UnScDocument(
                Text(d, "TYPE_OF_DOCUMENT"),
                Text(d, "TYPE_OF_DOCUMENT2"),
                Text(d, "NUMBER"),
                Text(d, "ISSUING_COUNTRY"),
                Text(d, "COUNTRY_OF_ISSUE"),
                Text(d, "CITY_OF_ISSUE"),
                Text(d, "DATE_OF_ISSUE"),
                Text(d, "NOTE")))],
        };
    }

    private static string? Text(XElement parent, string name) => XmlRecordReader.ChildText(parent, name);

    /// <summary>The non-blank <c>VALUE</c> children of a repeating element such as <c>NATIONALITY</c>.</summary>
    private static ImmutableArray<string> Values(XElement parent, string name) =>
        [.. parent.Elements(name).Elements("VALUE").Select(v => XmlRecordReader.DirectText(v).Trim()).Where(v => v.Length > 0)];
}
