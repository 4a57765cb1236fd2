using System.Globalization;
using System.Text;
using System.Xml;
using Vigil.Model;

namespace Vigil.Sources.Xml;

/// <summary>
/// Opens a list published as one XML document (UN, EU, UK) the same safe way for every list: no DTD, no external
/// resolution, comments and insignificant white space skipped, the root element checked, and every XML or encoding
/// error turned into a <see cref="ListFormatException"/> naming the file and line.
/// </summary>
internal static class XmlListReader
{
    /// <summary>The settings every list document is read with; a fresh instance, since settings are mutable.</summary>
    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Reads a document whose root element must be <paramref name="rootElement"/>.</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="rootElement">The local name the root element must have.</param>
    /// <param name="readBody">Reads the document from its root element on.</param>
    /// <exception cref="ListFormatException">When the XML is malformed, truncated, badly encoded or has another root.</exception>
    public static T Read<T>(Stream stream, string file, string rootElement, Func<XmlReader, T> readBody)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(readBody);
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != rootElement)
            {
                throw new ListFormatException(file, "element " + reader.LocalName, "the root element is not " + rootElement);
            }

            return readBody(reader);
        }
        catch (XmlException ex)
        {
            throw new ListFormatException(file, "line " + ex.LineNumber.ToString(CultureInfo.InvariantCulture), ex.Message, ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ListFormatException(file, "text", "the file is not valid in its declared encoding", ex);
        }
    }

    /// <summary>True when the file is XML whose root element is <paramref name="rootElement"/>; false for anything else, malformed XML included.</summary>
    public static bool HasRoot(string file, string rootElement)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == rootElement;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
