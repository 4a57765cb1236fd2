using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Eu;

/// <summary>
/// Reads the EU Financial Sanctions File, XML 1.1 (root <c>export</c>, namespace
/// <c>http://eu.europa.ec/fpi/fsd/export</c>), streaming it one <c>sanctionEntity</c> at a time. Elements are
/// matched by local name, so a copy without the namespace reads too. Malformed or truncated input ends in a
/// <see cref="ListFormatException"/>.
/// </summary>
internal static class EuReader
{
    /// <summary>The root element of the EU file.</summary>
    public const string RootElement = "export";

    /// <summary>Reads every sanction entity of the file.</summary>
    /// <exception cref="ListFormatException">When the XML is malformed, truncated or not an EU file.</exception>
    public static EuExport Read(Stream stream, string file, CancellationToken cancellationToken = default) =>
        XmlListReader.Read(stream, file, RootElement, reader => ReadExport(reader, file, cancellationToken));

    private static EuExport ReadExport(XmlReader reader, string file, CancellationToken cancellationToken)
    {
        var generationDate = reader.GetAttribute("generationDate");
        var entities = ImmutableArray.CreateBuilder<EuSanctionEntity>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName != "sanctionEntity")
            {
                reader.Skip();
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var element = XmlRecordReader.ReadElement(reader, file);
            var location = "element sanctionEntity[" + (entities.Count + 1).ToString(CultureInfo.InvariantCulture) + "]";
            entities.Add(ReadEntity(element, location));
        }

        return new EuExport(generationDate, entities.ToImmutable());
    }

    private static EuSanctionEntity ReadEntity(XElement e, string location) => new(location, e.ToString(SaveOptions.DisableFormatting))
    {
        LogicalId = Attr(e, "logicalId"),
        EuReferenceNumber = Attr(e, "euReferenceNumber"),
        UnitedNationId = Attr(e, "unitedNationId"),
        DesignationDate = Attr(e, "designationDate"),
        DesignationDetails = Attr(e, "designationDetails"),
        SubjectType = Children(e, "subjectType").Select(s => Attr(s, "code")).FirstOrDefault(),
        Remark = [.. Children(e, "remark").Select(r => XmlRecordReader.DirectText(r).Trim()).Where(r => r.Length > 0)],
        Regulation = [.. Children(e, "regulation").Select(r => new EuRegulation(
            Attr(r, "programme"),
            Attr(r, "publicationDate"),
            Attr(r, "entryIntoForceDate"),
            Attr(r, "numberTitle"),
            Attr(r, "regulationType"),
            ChildText(r, "publicationUrl") ?? Attr(r, "publicationUrl")))],
        NameAlias = [.. Children(e, "nameAlias").Select(n => new EuNameAlias(
            Attr(n, "firstName"),
            Attr(n, "middleName"),
            Attr(n, "lastName"),
            Attr(n, "wholeName"),
            Attr(n, "gender"),
            Attr(n, "title"),
            Attr(n, "function"),
            Attr(n, "nameLanguage"),
            Attr(n, "strong")))],
        Citizenship = [.. Children(e, "citizenship").Select(c => new EuCitizenship(
            Attr(c, "countryIso2Code"),
            Attr(c, "countryDescription"),
            Attr(c, "region")))],
        Birthdate = [.. Children(e, "birthdate").Select(b => new EuBirthdate(
            Attr(b, "birthdate"),
            Attr(b, "dayOfMonth"),
            Attr(b, "monthOfYear"),
            Attr(b, "year"),
            Attr(b, "yearRangeFrom"),
            Attr(b, "yearRangeTo"),
            Attr(b, "circa"),
            Attr(b, "city"),
            Attr(b, "place"),
            Attr(b, "region"),
            Attr(b, "zipCode"),
            Attr(b, "countryIso2Code"),
            Attr(b, "countryDescription")))],
        Identification = [.. Children(e, "identification").Select(i => new EuIdentification(
            Attr(i, "identificationTypeCode"),
            Attr(i, "identificationTypeDescription"),
            Attr(i, "number"),
            Attr(i, "latinNumber"),
            Attr(i, "issuedBy"),
            Attr(i, "issuedDate"),
            Attr(i, "countryIso2Code"),
            Attr(i, "countryDescription"),
            ChildText(i, "remark")))],
        Address = [.. Children(e, "address").Select(a => new EuAddress(
            Attr(a, "street"),
            Attr(a, "poBox"),
            Attr(a, "city"),
            Attr(a, "zipCode") ?? ChildText(a, "zipCode"),
            Attr(a, "region"),
            Attr(a, "place"),
            Attr(a, "countryIso2Code"),
            Attr(a, "countryDescription"),
            ChildText(a, "remark")))],
    };

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements(parent.Name.Namespace + localName);

    private static string? ChildText(XElement parent, string name) => XmlRecordReader.ChildText(parent, name);

    /// <summary>The trimmed attribute value, or null when absent or blank (the EU writes most unknowns as "").</summary>
    private static string? Attr(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
