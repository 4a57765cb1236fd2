using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Ofac.Xml;

/// <summary>
/// Reads OFAC's sdn.xml (schema sdn.xsd: <c>sdnList</c> with <c>publshInformation</c>, OFAC's spelling, and
/// <c>sdnEntry</c> elements). The document is streamed with <see cref="XmlReader"/>; only one entry at a time is
/// held as a tree. Elements are matched by local name, because OFAC has changed the namespace URI over the years.
/// </summary>
internal static class OfacXmlReader
{
    /// <summary>Reads the whole document.</summary>
    /// <exception cref="ListFormatException">When the XML is not well-formed, is not an sdnList, or an entry lacks uid or lastName.</exception>
    public static OfacXmlDocument Read(string file, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = XmlReader.Create(stream, XmlListReader.Settings);
            var lineInfo = (IXmlLineInfo)reader;
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "sdnList")
            {
                throw new ListFormatException(file, "line " + lineInfo.LineNumber, $"root element is <{reader.LocalName}>, not <sdnList>");
            }

            string? publishDate = null;
            int? recordCount = null;
            var entries = ImmutableArray.CreateBuilder<OfacXmlEntry>();
            var uids = new HashSet<int>();
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                var line = lineInfo.LineNumber;
                if (reader.LocalName == "sdnEntry")
                {
                    if ((entries.Count & 255) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    // ReadFrom moves the reader past the entry, so only this entry is ever held as a tree.
                    var element = (XElement)XNode.ReadFrom(reader);
                    var entry = ToEntry(file, element, line);
                    if (!uids.Add(entry.Uid))
                    {
                        throw new ListFormatException(file, "line " + line, $"uid {entry.Uid} appears twice");
                    }

                    entries.Add(entry);
                }
                else if (reader.LocalName == "publshInformation")
                {
                    var info = (XElement)XNode.ReadFrom(reader);
                    publishDate = Text(info, "Publish_Date");
                    recordCount = int.TryParse(Text(info, "Record_Count"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (entries.Count == 0)
            {
                throw new ListFormatException(file, "line 1", "no sdnEntry elements");
            }

            return new OfacXmlDocument(publishDate, recordCount, entries.ToImmutable());
        }
        catch (XmlException ex)
        {
            throw new ListFormatException(file, "line " + ex.LineNumber, "malformed XML: " + ex.Message, ex);
        }
    }

    private static OfacXmlEntry ToEntry(string file, XElement e, int line)
    {
        var uidText = Text(e, "uid");
        if (!int.TryParse(uidText, NumberStyles.None, CultureInfo.InvariantCulture, out var uid) || uid <= 0)
        {
            throw new ListFormatException(file, "line " + line, $"sdnEntry uid '{uidText}' is not a positive number");
        }

        var lastName = Text(e, "lastName");
        if (string.IsNullOrWhiteSpace(lastName))
        {
            throw new ListFormatException(file, "line " + line, $"sdnEntry {uid} has no lastName");
        }

        return new OfacXmlEntry
        {
            Uid = uid,
            FirstName = Text(e, "firstName"),
            LastName = lastName,
            Title = Text(e, "title"),
            SdnType = Text(e, "sdnType"),
            Remarks = Text(e, "remarks"),
            Programs = [.. Items(e, "programList", "program").Select(p => p.Value.Trim()).Where(p => p.Length > 0)],
            Ids = [.. Items(e, "idList", "id").Select(i => new OfacXmlId(Text(i, "idType"), Text(i, "idNumber"), Text(i, "idCountry"), Text(i, "issueDate"), Text(i, "expirationDate")))],
            Akas = [.. Items(e, "akaList", "aka").Select(a => new OfacXmlAka(Text(a, "type"), Text(a, "category"), Text(a, "firstName"), Text(a, "lastName")))],
            Addresses = [.. Items(e, "addressList", "address").Select(a => new OfacXmlAddress(Text(a, "address1"), Text(a, "address2"), Text(a, "address3"), Text(a, "city"), Text(a, "stateOrProvince"), Text(a, "postalCode"), Text(a, "country")))],
            Nationalities = ListItems(e, "nationalityList", "nationality", "country"),
            Citizenships = ListItems(e, "citizenshipList", "citizenship", "country"),
            DatesOfBirth = ListItems(e, "dateOfBirthList", "dateOfBirthItem", "dateOfBirth"),
            PlacesOfBirth = ListItems(e, "placeOfBirthList", "placeOfBirthItem", "placeOfBirth"),
            VesselInfo = Child(e, "vesselInfo") is { } v
                ? new OfacXmlVesselInfo(Text(v, "callSign"), Text(v, "vesselType"), Text(v, "vesselFlag"), Text(v, "vesselOwner"), Text(v, "tonnage"), Text(v, "grossRegisteredTonnage"))
                : null,
            Line = line,
            Raw = e.ToString(SaveOptions.DisableFormatting),
        };
    }

    private static ImmutableArray<OfacXmlItem> ListItems(XElement e, string list, string item, string valueName) =>
    [
        .. Items(e, list, item)
            .Select(i => (Value: Text(i, valueName), Main: Text(i, "mainEntry")))
            .Where(i => !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => new OfacXmlItem(i.Value!.Trim(), string.Equals(i.Main, "true", StringComparison.OrdinalIgnoreCase))),
    ];

    private static IEnumerable<XElement> Items(XElement e, string list, string item) =>
        Child(e, list)?.Elements().Where(x => x.Name.LocalName == item) ?? [];

    private static XElement? Child(XElement e, string localName)
    {
        foreach (var child in e.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    private static string? Text(XElement e, string localName)
    {
        var value = Child(e, localName)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
