using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Vigil.Model;

namespace Vigil.Sources.Xml;

/// <summary>
/// Materialises one record element (an <c>INDIVIDUAL</c>, a <c>Designation</c>, a <c>sanctionEntity</c>, a sheet row)
/// from a streaming <see cref="XmlReader"/>, refusing records nested deeper than any list needs.
/// </summary>
/// <remarks>
/// Used by the UN, UK and EU readers. It replaces <see cref="XNode.ReadFrom"/>, which takes time quadratic in nesting
/// depth, and bounds the depth so that nothing later (text extraction, serialisation) can recurse without limit:
/// a hostile or corrupt file must end in a <see cref="ListFormatException"/>, never a hang or a stack overflow.
/// </remarks>
internal static class XmlRecordReader
{
    /// <summary>How deep below the record element nesting may go. The deepest list record (UK passports) needs 5.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reads the element the reader is on, with everything inside it, and leaves the reader just after it.</summary>
    /// <exception cref="ListFormatException">When elements nest deeper than <see cref="MaxDepth"/> below the record.</exception>
    /// <exception cref="XmlException">When the XML is malformed; callers turn it into a <see cref="ListFormatException"/>.</exception>
    public static XElement ReadElement(XmlReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var baseDepth = reader.Depth;
        var root = NewElement(reader);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }

        var current = root;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth - baseDepth > MaxDepth)
                    {
                        var line = reader is IXmlLineInfo info ? info.LineNumber : 0;
                        throw new ListFormatException(file, "line " + line.ToString(CultureInfo.InvariantCulture), $"elements nest more than {MaxDepth} levels deep inside a {root.Name.LocalName}");
                    }

                    var child = NewElement(reader);
                    current.Add(child);
                    if (!reader.IsEmptyElement)
                    {
                        current = child;
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == baseDepth)
                    {
                        reader.Read();
                        return root;
                    }

                    current = current.Parent ?? root;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    current.Add(new XText(reader.Value));
                    break;
            }
        }

        // XmlReader reports an unclosed element itself; this is a backstop.
        throw new ListFormatException(file, "end of file", $"the file ends inside a {root.Name.LocalName}");
    }

    /// <summary>The direct text of an element, not of its descendants: list fields are leaves, and this never recurses.</summary>
    public static string DirectText(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value));
    }

    /// <summary>
    /// The trimmed direct text of the first child element of that local name, in the parent's namespace (the lists
    /// write one namespace throughout, or none), or null when there is no such child or it is blank.
    /// </summary>
    public static string? ChildText(XElement parent, string localName)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var child = parent.Element(parent.Name.Namespace + localName);
        var value = child is null ? null : DirectText(child).Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static XElement NewElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // Namespace declarations are re-created on output from the element names; copying them adds nothing.
                if (reader.NamespaceURI != XNamespace.Xmlns.NamespaceName)
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (!reader.IsEmptyElement)
        {
            // Keeps <X></X> apart from <X/> in the raw record, as the source wrote it.
            element.Add(string.Empty);
        }

        return element;
    }
}
