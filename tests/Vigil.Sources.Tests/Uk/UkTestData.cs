using System.IO.Compression;
using System.Text;
using Vigil.Model;
using Vigil.Sources.Uk;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Tests.Uk;

/// <summary>The UK fixtures (hand-written XML, real .ods summary) and helpers to parse hand-made input.</summary>
internal static class UkTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<ListSnapshot> HandWritten = new(() => new UkListSource().Load(XmlFile));
    private static readonly Lazy<ListSnapshot> Summary = new(() => new UkListSource().Load(OdsFile));

    /// <summary>tests/Vigil.Sources.Tests/Fixtures/Uk.</summary>
    public static string Folder => Path.Combine(Root.Value, "tests", "Vigil.Sources.Tests", "Fixtures", "Uk");

    /// <summary>The hand-written XML fixture (invented designations).</summary>
    public static string XmlFile => Path.Combine(Folder, "UK_Sanctions_List.xml");

    /// <summary>The real FCDO summary spreadsheet of 11 August 2025.</summary>
    public static string OdsFile => Path.Combine(Folder, "FCDO_SL_2025-08-11.ods");

    /// <summary>The hand-written XML fixture, loaded once.</summary>
    public static ListSnapshot Xml => HandWritten.Value;

    /// <summary>The real summary spreadsheet, loaded once.</summary>
    public static ListSnapshot Ods => Summary.Value;

    /// <summary>Parses UK XML text the way a file is loaded.</summary>
    public static MappedList ParseXml(string xml) => ParseXml(Encoding.UTF8.GetBytes(xml));

    /// <summary>Parses bytes as UK XML the way a file is loaded.</summary>
    public static MappedList ParseXml(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return UkListSource.ParseXml(stream, "test.xml");
    }

    /// <summary>Parses bytes as an .ods summary the way a file is loaded.</summary>
    public static MappedList ParseOds(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return UkListSource.ParseSummary(stream, "test.ods");
    }

    /// <summary>A list holding the given designations' XML.</summary>
    public static string Designations(params string[] designations) =>
        "<Designations><DateGenerated>02/09/2026</DateGenerated>" + string.Concat(designations) + "</Designations>";

    /// <summary>An OpenDocument spreadsheet (zip) whose content.xml is the given text.</summary>
    public static byte[] OdsWithContent(string contentXml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.spreadsheet");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            {
                writer.Write(contentXml);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An ODS content.xml with one sheet holding the given rows of cells.</summary>
    public static string SheetXml(params string[][] rows)
    {
        var sb = new StringBuilder("""<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="UK_Sanction_List">""");
        foreach (var row in rows)
        {
            sb.Append("<table:table-row>");
            foreach (var cell in row)
            {
                sb.Append("<table:table-cell office:value-type=\"string\"><text:p>").Append(cell).Append("</text:p></table:table-cell>");
            }

            sb.Append("<table:table-cell table:number-columns-repeated=\"16376\"/></table:table-row>");
        }

        sb.Append("""<table:table-row table:number-rows-repeated="1043268"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>""");
        return sb.ToString();
    }

    /// <summary>The summary's header row.</summary>
    public static string[] Header => ["Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type", "Designation source", "Date Designated", "Sanctions Imposed"];

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}.");
    }
}
