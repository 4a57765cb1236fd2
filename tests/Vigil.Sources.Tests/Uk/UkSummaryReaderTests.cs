using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.Uk;

namespace Vigil.Sources.Tests.Uk;

/// <summary>Reading the FCDO's .ods summary, and refusing damaged or unexpected spreadsheets.</summary>
public sealed class UkSummaryReaderTests
{
    private static readonly string[] Row = ["RUS9999", "1", "John DOE", "Russia", "Individual", "UK", "01-03-2022", "Asset freeze"];

    [Fact]
    public void Read_RealSummary_Reads5302RowsUnderTheHeader()
    {
        using var stream = File.OpenRead(UkTestData.OdsFile);

        var rows = UkSummaryReader.Read(stream, UkTestData.OdsFile);

        Assert.Equal(5_302, rows.Length);
        Assert.Equal("row 2", rows[0].Location);
        Assert.Equal("row 5303", rows[^1].Location);
        Assert.Equal(new UkSummaryRow(rows[0].Location, rows[0].Raw, "AFG0001", "12703", "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", "Afghanistan", "Entity", "UN", "29-06-2012", "Asset freeze"), rows[0]);
        Assert.Equal(3_754, rows.Count(r => r.Type == "Individual"));
        Assert.Equal(1_087, rows.Count(r => r.Type == "Entity"));
        Assert.Equal(461, rows.Count(r => r.Type == "Ship"));
    }

    [Fact]
    public void Read_ReorderedColumns_FindsThemByHeader()
    {
        var ods = UkTestData.OdsWithContent(UkTestData.SheetXml(["Type", "Name", "Unique ID"], ["Ship", "OCEAN<text:s text:c=\"2\"/>EXAMPLE", "RUS9002"]));

        var entity = Assert.Single(UkTestData.ParseOds(ods).Entities);

        Assert.Equal("uk:RUS9002", entity.Id);
        Assert.Equal(Schema.Vessel, entity.Schema);
        Assert.Equal("OCEAN EXAMPLE", entity.PrimaryName.Full);
    }

    [Fact]
    public void Read_NotAZip_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(Encoding.UTF8.GetBytes("Unique ID,Name\nRUS1,Doe\n")));

        Assert.Equal("test.ods", ex.File);
        Assert.Equal("archive", ex.Location);
    }

    [Fact]
    public void Read_TruncatedRealSummary_Throws()
    {
        var bytes = File.ReadAllBytes(UkTestData.OdsFile);

        Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(bytes[..(bytes.Length / 2)]));
    }

    [Fact]
    public void Read_ZipWithoutContentXml_Throws()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("mimetype");
        }

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(buffer.ToArray()));

        Assert.Equal("content.xml", ex.Location);
    }

    [Fact]
    public void Read_MissingRequiredColumn_Throws()
    {
        var ods = UkTestData.OdsWithContent(UkTestData.SheetXml(["Unique ID", "Name", "Regime Name"], ["RUS9999", "John DOE", "Russia"]));

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(ods));

        Assert.Equal("row 1", ex.Location);
        Assert.Equal("the header has no 'Type' column", ex.Problem);
    }

    [Fact]
    public void Read_MalformedContentXml_ThrowsWithLine()
    {
        var ods = UkTestData.OdsWithContent("<office:document-content>\n<unclosed>");

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(ods));

        Assert.StartsWith("content.xml line ", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowWithoutUniqueId_ThrowsNamingTheRow()
    {
        var ods = UkTestData.OdsWithContent(UkTestData.SheetXml(UkTestData.Header, Row, ["", "2", "Jane DOE", "Russia", "Individual", "UK", "01-03-2022", "Asset freeze"]));

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(ods));

        Assert.Equal("row 3", ex.Location);
        Assert.Equal("Unique ID is empty", ex.Problem);
    }

    [Fact]
    public void Parse_UnknownType_Throws()
    {
        var ods = UkTestData.OdsWithContent(UkTestData.SheetXml(UkTestData.Header, ["RUS9999", "1", "John DOE", "Russia", "Aircraft", "UK", "01-03-2022", "Asset freeze"]));

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(ods));

        Assert.Equal("row 2", ex.Location);
    }

    [Fact]
    public void Parse_DuplicateUniqueId_Throws()
    {
        var ods = UkTestData.OdsWithContent(UkTestData.SheetXml(UkTestData.Header, Row, Row));

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(ods));

        Assert.Equal("row 3", ex.Location);
    }

    [Fact]
    public void Parse_HeaderOnly_Throws()
    {
        Assert.Throws<ListFormatException>(() => UkTestData.ParseOds(UkTestData.OdsWithContent(UkTestData.SheetXml(UkTestData.Header))));
    }

    [Property(MaxTest = 300)]
    public void ParseOds_ArbitraryBytes_ThrowsOnlyListFormatException(byte[] bytes)
    {
        try
        {
            UkTestData.ParseOds(bytes);
        }
        catch (ListFormatException)
        {
            // Refusing the input is expected; any other exception type fails the property.
        }
    }

    [Property(MaxTest = 200)]
    public Property ParseOds_DamagedSpreadsheet_ThrowsOnlyListFormatException()
    {
        var valid = UkTestData.OdsWithContent(UkTestData.SheetXml(UkTestData.Header, Row));
        var damage =
            from cut in Gen.Choose(0, valid.Length)
            from at in Gen.Choose(0, valid.Length - 1)
            from value in Gen.Choose(0, 255)
            select (Cut: cut, At: at, Value: (byte)value);
        return Prop.ForAll(damage.ToArbitrary(), d =>
        {
            var bytes = valid[..d.Cut];
            if (d.At < bytes.Length)
            {
                bytes[d.At] = d.Value;
            }

            try
            {
                UkTestData.ParseOds(bytes);
            }
            catch (ListFormatException)
            {
                // Expected for most damage.
            }
        });
    }
}
