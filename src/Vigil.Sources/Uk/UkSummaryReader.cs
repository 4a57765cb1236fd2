using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Uk;

/// <summary>
/// Reads the FCDO's spreadsheet summary of the UK list: an OpenDocument spreadsheet (<c>.ods</c>, a zip holding
/// <c>content.xml</c>) whose first sheet has one designation per row under a header row. Columns are found by
/// their header, so a reordered export still reads.
/// </summary>
internal static class UkSummaryReader
{
    /// <summary>The headers this reader understands; the first three are required.</summary>
    public static readonly ImmutableArray<string> Headers =
        ["Unique ID", "Name", "Type", "OFSI Group ID", "Regime Name", "Designation source", "Date Designated", "Sanctions Imposed"];

    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /// <summary>How far right the header row is searched; the export pads every row to 16,384 empty columns.</summary>
    private const int MaxHeaderColumns = 64;

    /// <summary>Reads every row of the first sheet.</summary>
    /// <param name="stream">The <c>.ods</c> file's bytes; must be seekable.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="cancellationToken">Cancels between rows.</param>
    /// <exception cref="ListFormatException">When the file is not a readable spreadsheet or lacks the expected columns.</exception>
    public static ImmutableArray<UkSummaryRow> Read(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entry = archive.GetEntry("content.xml")
                ?? throw new ListFormatException(file, "content.xml", "the archive has no content.xml; it is not an OpenDocument spreadsheet");
            using var content = entry.Open();
            using var reader = XmlReader.Create(content, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CloseInput = false,
            });
            return ReadRows(reader, file, cancellationToken);
        }
        catch (XmlException ex)
        {
            throw new ListFormatException(file, "content.xml line " + ex.LineNumber.ToString(CultureInfo.InvariantCulture), ex.Message, ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException or DecoderFallbackException)
        {
            // A damaged or truncated zip surfaces as any of these, depending on where the damage is.
            throw new ListFormatException(file, "archive", "not a readable OpenDocument spreadsheet: " + ex.Message, ex);
        }
    }

    private static ImmutableArray<UkSummaryRow> ReadRows(XmlReader reader, string file, CancellationToken cancellationToken)
    {
        var rows = ImmutableArray.CreateBuilder<UkSummaryRow>();
        int[]? columns = null;
        var rowNumber = 0L;
        var inTable = false;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && inTable && IsTable(reader, "table"))
            {
                // Only the first sheet is the list.
                break;
            }

            if (reader.NodeType != XmlNodeType.Element || !IsTable(reader, inTable ? "table-row" : "table"))
            {
                reader.Read();
                continue;
            }

            if (!inTable)
            {
                inTable = true;
                if (reader.IsEmptyElement)
                {
                    break;
                }

                reader.Read();
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var row = XmlRecordReader.ReadElement(reader, file);
            var repeat = Repeat(row.Attribute(Table + "number-rows-repeated"));
            rowNumber++;
            var cells = Cells(row, columns is null ? MaxHeaderColumns : columns.Max() + 1);
            var location = "row " + rowNumber.ToString(CultureInfo.InvariantCulture);
            rowNumber += repeat - 1;
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (columns is null)
            {
                columns = HeaderColumns(cells, file, location);
                continue;
            }

            if (repeat > 1)
            {
                throw new ListFormatException(file, location, "a filled row is repeated, which would list one designation several times");
            }

            rows.Add(ToRow(cells, columns, location));
        }

        if (columns is null)
        {
            throw new ListFormatException(file, "row 1", "the sheet has no header row");
        }

        return rows.ToImmutable();
    }

    private static bool IsTable(XmlReader reader, string localName) =>
        reader.LocalName == localName && reader.NamespaceURI == Table.NamespaceName;

    private static int[] HeaderColumns(string[] cells, string file, string location)
    {
        var columns = new int[Headers.Length];
        for (var h = 0; h < Headers.Length; h++)
        {
            columns[h] = Array.FindIndex(cells, c => c.Equals(Headers[h], StringComparison.OrdinalIgnoreCase));
            if (columns[h] < 0 && h < 3)
            {
                throw new ListFormatException(file, location, $"the header has no '{Headers[h]}' column");
            }
        }

        return columns;
    }

    private static UkSummaryRow ToRow(string[] cells, int[] columns, string location)
    {
        string? Cell(int header) => columns[header] >= 0 && columns[header] < cells.Length && cells[columns[header]].Length > 0 ? cells[columns[header]] : null;
        var raw = string.Join('\t', Enumerable.Range(0, Headers.Length).Where(h => Cell(h) is not null).Select(h => Headers[h] + ": " + Cell(h)));
        return new UkSummaryRow(location, raw, Cell(0), Cell(3), Cell(1), Cell(4), Cell(2), Cell(5), Cell(6), Cell(7));
    }

    /// <summary>The row's cell texts, expanding repeated cells but never past <paramref name="limit"/> columns.</summary>
    private static string[] Cells(XElement row, int limit)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements())
        {
            if (cell.Name != Table + "table-cell" && cell.Name != Table + "covered-table-cell")
            {
                continue;
            }

            var text = CellText(cell);
            var repeat = Math.Min(Repeat(cell.Attribute(Table + "number-columns-repeated")), limit - cells.Count);
            for (var i = 0; i < repeat; i++)
            {
                cells.Add(text);
            }

            if (cells.Count >= limit)
            {
                break;
            }
        }

        return [.. cells];
    }

    private static int Repeat(XAttribute? attribute) =>
        attribute is not null && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    /// <summary>Paragraphs joined by line breaks; <c>text:s</c>, <c>text:tab</c> and <c>text:line-break</c> expanded.</summary>
    private static string CellText(XElement cell)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in cell.Elements(TextNs + "p"))
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            AppendText(sb, paragraph);
        }

        return sb.ToString().Trim();
    }

    private static void AppendText(StringBuilder sb, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    sb.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "s" } space when space.Name.Namespace == TextNs:
                    sb.Append(' ', Math.Min(Repeat(space.Attribute(TextNs + "c")), 1000));
                    break;
                case XElement { Name.LocalName: "tab" } tab when tab.Name.Namespace == TextNs:
                    sb.Append('\t');
                    break;
                case XElement { Name.LocalName: "line-break" } lineBreak when lineBreak.Name.Namespace == TextNs:
                    sb.Append('\n');
                    break;
                case XElement child:
                    AppendText(sb, child);
                    break;
            }
        }
    }
}
