using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.OpenSanctions;

namespace Vigil.Sources.Tests.OpenSanctions;

/// <summary>Reading FollowTheMoney JSON lines, and refusing any line that is not an entity object.</summary>
public sealed class FtmReaderTests
{
    private const string Person = """{"id": "p1", "schema": "Person", "caption": "John Doe", "properties": {"name": ["John Doe"]}}""";

    [Fact]
    public void Read_Zala_Reads91RecordsBySchema()
    {
        using var stream = File.OpenRead(OpenSanctionsTestData.ZalaFile);

        var records = FtmReader.Read(stream, OpenSanctionsTestData.ZalaFile);

        var bySchema = records.GroupBy(r => r.Schema, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(91, records.Length);
        Assert.Equal(41, bySchema["Sanction"]);
        Assert.Equal(14, bySchema["Ownership"]);
        Assert.Equal(11, bySchema["Company"]);
        Assert.Equal(11, bySchema["Address"]);
        Assert.Equal(6, bySchema["Person"]);
        Assert.Equal(4, bySchema["Family"]);
        Assert.Equal(3, bySchema["Directorship"]);
        Assert.Equal(1, bySchema["Passport"]);
        Assert.Equal(Enumerable.Range(1, 91).Select(i => (long)i), records.Select(r => r.Line));
    }

    [Fact]
    public void Read_T1WithoutTrailingNewline_ReadsTheLastLine()
    {
        using var stream = File.OpenRead(OpenSanctionsTestData.T1File);

        var records = FtmReader.Read(stream, OpenSanctionsTestData.T1File);

        Assert.Equal(7, records.Length);
        Assert.Equal("NK-2PacmNpiLUmoz4XD2mSt7A", records[^1].Id);
        Assert.Equal(["IRGC", "Iranian Revolutionary Guard Corps"], records[^1].Values("name").ToArray());
    }

    [Fact]
    public void Read_LineLongerThanTheBuffer_IsReadWhole()
    {
        var name = new string('x', 300_000);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Person + "\n" + Person.Replace("p1", "p2", StringComparison.Ordinal).Replace("John Doe\"]", name + "\"]", StringComparison.Ordinal) + "\n"));

        var records = FtmReader.Read(stream, "test.json");

        Assert.Equal(name, records[1].Values("name")[0]);
    }

    [Fact]
    public void Read_BomCrlfAndBlankLines_AreTolerated()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF" + Person + "\r\n\r\n  \n" + Person.Replace("p1", "p2", StringComparison.Ordinal) + "\r\n"));

        var records = FtmReader.Read(stream, "test.json");

        Assert.Equal(["p1", "p2"], records.Select(r => r.Id));
        Assert.Equal([1L, 4L], records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("{\"id\": \"p2\", \"schema\": \"Person\", \"properties\": {\"name\": [\"x\"]", "not a FollowTheMoney JSON object")]
    [InlineData("{\"id\": \"p2\", \"schema\": \"Person\", \"properties\": {\"name\": [1]}}", "not a FollowTheMoney JSON object")]
    [InlineData("[1, 2, 3]", "not a FollowTheMoney JSON object")]
    [InlineData("null", "the line is JSON null, not an entity")]
    [InlineData("{\"schema\": \"Person\"}", "\"id\" is missing")]
    [InlineData("{\"id\": \"p2\", \"properties\": {}}", "p2: \"schema\" is missing")]
    public void Read_BadLine_ThrowsNamingTheLine(string line, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Person + "\n" + line + "\n"));

        var ex = Assert.Throws<ListFormatException>(() => FtmReader.Read(stream, "test.json"));

        Assert.Equal("test.json", ex.File);
        Assert.Equal("line 2", ex.Location);
        Assert.StartsWith(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedZala_ThrowsOnTheCutLine()
    {
        var bytes = File.ReadAllBytes(OpenSanctionsTestData.ZalaFile);
        var cut = bytes.AsSpan(0, bytes.Length / 2).LastIndexOf((byte)'\n') + 100;
        using var stream = new MemoryStream(bytes[..cut]);

        var ex = Assert.Throws<ListFormatException>(() => FtmReader.Read(stream, "zala.json"));

        Assert.Matches(@"^line \d+$", ex.Location);
    }

    [Fact]
    public void Read_InvalidUtf8_Throws()
    {
        var bytes = Encoding.UTF8.GetBytes(Person.Replace("John Doe\"]", "John \u0001Doe\"]", StringComparison.Ordinal));
        bytes[bytes.AsSpan().IndexOf((byte)1)] = 0xFF;
        using var stream = new MemoryStream(bytes);

        var ex = Assert.Throws<ListFormatException>(() => FtmReader.Read(stream, "test.json"));

        Assert.Equal("line 1", ex.Location);
    }

    [Property(MaxTest = 500)]
    public void Parse_ArbitraryBytes_ThrowsOnlyListFormatException(byte[] bytes)
    {
        try
        {
            OpenSanctionsTestData.Parse(bytes);
        }
        catch (ListFormatException)
        {
            // Refusing the input is expected; any other exception type fails the property.
        }
    }

    [Property(MaxTest = 300)]
    public Property Parse_DamagedT1_ThrowsOnlyListFormatException()
    {
        var valid = File.ReadAllBytes(OpenSanctionsTestData.T1File);
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
                OpenSanctionsTestData.Parse(bytes);
            }
            catch (ListFormatException)
            {
                // Expected for most damage.
            }
        });
    }
}
