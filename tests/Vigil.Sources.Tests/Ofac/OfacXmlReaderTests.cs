using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.Ofac.Xml;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The sdn.xml reader, on the hand-written fixture (see Fixtures/Ofac/xml/README.md) and broken documents.</summary>
public sealed class OfacXmlReaderTests
{
    private static OfacXmlDocument ReadText(string xml) =>
        OfacXmlReader.Read("sdn.xml", new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    private static OfacXmlDocument ReadFixture()
    {
        using var stream = File.OpenRead(Path.Combine(OfacTestData.XmlFolder, "sdn.xml"));
        return OfacXmlReader.Read("sdn.xml", stream);
    }

    [Fact]
    public void Read_Fixture_ReadsPublishInformationAndEveryEntry()
    {
        var document = ReadFixture();

        Assert.Equal("06/27/2024", document.PublishDate);
        Assert.Equal(5, document.RecordCount);
        Assert.Equal([22790, 30421, 15036, 29703, 15117], document.Entries.Select(e => e.Uid).ToArray());
    }

    [Fact]
    public void Read_Fixture_KeepsTheSchemasFieldNames()
    {
        var maduro = ReadFixture().Entries[0];

        Assert.Equal(("Nicolas", "MADURO MOROS", "Individual"), (maduro.FirstName, maduro.LastName, maduro.SdnType));
        Assert.Equal(["VENEZUELA", "IRAN-CON-ARMS-EO"], maduro.Programs.ToArray());
        Assert.Equal(new OfacXmlId("Cedula No.", "5892464", "Venezuela", null, null), maduro.Ids[0]);
        Assert.Equal(new OfacXmlAddress(null, null, null, "Caracas", "Capital District", null, "Venezuela"), Assert.Single(maduro.Addresses));
        Assert.Equal(new OfacXmlItem("23 Nov 1962", MainEntry: true), Assert.Single(maduro.DatesOfBirth));
        Assert.Equal(8, maduro.Line);
        Assert.StartsWith("<sdnEntry", maduro.Raw, StringComparison.Ordinal);
        Assert.Contains("<uid>22790</uid>", maduro.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Fixture_ReadsAkasAndVesselInfo()
    {
        var entries = ReadFixture().Entries;

        Assert.Equal(new OfacXmlAka("a.k.a.", "weak", null, "EX-CLE"), entries[1].Akas[1]);
        Assert.Equal(new OfacXmlVesselInfo("T2EU4", "Crude/Oil Products Tanker", "Iran", "NATIONAL IRANIAN TANKER COMPANY", "99,144", "56,068"), entries[2].VesselInfo);
    }

    [Theory]
    [InlineData("<sdnList><sdnEntry><uid>1</uid><lastName>A</lastName>", "malformed XML")]
    [InlineData("<sdnList><sdnEntry><uid>1</uid><lastName>A</lastName></sdnEntry>", "malformed XML")]
    [InlineData("<CONSOLIDATED_LIST/>", "root element is <CONSOLIDATED_LIST>, not <sdnList>")]
    [InlineData("<sdnList><publshInformation><Record_Count>0</Record_Count></publshInformation></sdnList>", "no sdnEntry elements")]
    [InlineData("<sdnList><sdnEntry><lastName>A</lastName></sdnEntry></sdnList>", "sdnEntry uid '' is not a positive number")]
    [InlineData("<sdnList><sdnEntry><uid>x</uid><lastName>A</lastName></sdnEntry></sdnList>", "sdnEntry uid 'x' is not a positive number")]
    [InlineData("<sdnList><sdnEntry><uid>7</uid></sdnEntry></sdnList>", "sdnEntry 7 has no lastName")]
    [InlineData("<sdnList><sdnEntry><uid>7</uid><lastName>A</lastName></sdnEntry><sdnEntry><uid>7</uid><lastName>B</lastName></sdnEntry></sdnList>", "uid 7 appears twice")]
    [InlineData("<!DOCTYPE sdnList [<!ENTITY x \"y\">]><sdnList/>", "malformed XML")]
    public void Read_BrokenDocument_ThrowsListFormatException(string xml, string problem)
    {
        var ex = Assert.Throws<ListFormatException>(() => ReadText(xml));

        Assert.Equal("sdn.xml", ex.File);
        Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
        Assert.StartsWith(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedFixture_ThrowsListFormatException()
    {
        var bytes = File.ReadAllBytes(Path.Combine(OfacTestData.XmlFolder, "sdn.xml"));

        var ex = Assert.Throws<ListFormatException>(() => OfacXmlReader.Read("sdn.xml", new MemoryStream(bytes, 0, bytes.Length / 2)));

        Assert.StartsWith("malformed XML", ex.Problem, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Read_ArbitraryText_ReturnsOrThrowsListFormatException() =>
        Prop.ForAll(OfacArbitraries.RemarksLikeText(), text =>
        {
            try
            {
                _ = ReadText("<sdnList><sdnEntry><uid>1</uid><lastName>" + text + "</lastName></sdnEntry>" + text + "</sdnList>");
                return true;
            }
            catch (ListFormatException)
            {
                return true;
            }
        });
}
