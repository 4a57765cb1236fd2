using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.Uk;

namespace Vigil.Sources.Tests.Uk;

/// <summary>Reading UK Sanctions List XML, and refusing anything that is not a whole, well-formed list.</summary>
public sealed class UkReaderTests
{
    private const string Person = "<Designation><UniqueID>RUS9999</UniqueID><Names><Name><Name6>DOE</Name6><NameType>Primary Name</NameType></Name></Names><IndividualEntityShip>Individual</IndividualEntityShip></Designation>";

    [Fact]
    public void Read_HandWrittenFixture_KeepsFcdoElementNames()
    {
        using var stream = File.OpenRead(UkTestData.XmlFile);

        var list = UkReader.Read(stream, UkTestData.XmlFile);

        Assert.Equal("11/08/2025", list.DateGenerated);
        Assert.Equal(5, list.Designations.Length);
        var first = list.Designations[0];
        Assert.Equal("element Designation[1]", first.Location);
        Assert.Equal("90001", first.OFSIGroupID);
        Assert.Equal("Asset freeze|Travel Ban|Director Disqualification Sanction", first.SanctionsImposed);
        Assert.Equal(5, first.Names.Length);
        Assert.Equal(new UkName("Ivan", "Petrovich", null, null, null, "TESTOV", "Primary Name", null), first.Names[0]);
        Assert.Equal(new UkDocument(null, "Number not known"), first.Passports[1]);
        Assert.Equal(["Crude oil tanker"], list.Designations[2].TypeOfShips.ToArray());
        Assert.Equal(["Liberia"], list.Designations[2].PreviousFlags.ToArray());
    }

    [Fact]
    public void Read_MalformedXml_ThrowsWithLine()
    {
        var xml = "<Designations>\n<Designation>\n<UniqueID>X</UniqueID>\n</Designations>";

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(xml));

        Assert.Equal("test.xml", ex.File);
        Assert.Equal("line 4", ex.Location);
    }

    [Fact]
    public void Read_TruncatedFixture_Throws()
    {
        var bytes = File.ReadAllBytes(UkTestData.XmlFile);

        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(bytes[..(bytes.Length * 2 / 3)]));

        Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherRootElement_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseXml("<export/>"));

        Assert.Equal("element export", ex.Location);
    }

    [Fact]
    public void Parse_MissingUniqueId_ThrowsNamingTheElement()
    {
        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(UkTestData.Designations(Person, Person.Replace("<UniqueID>RUS9999</UniqueID>", string.Empty, StringComparison.Ordinal))));

        Assert.Equal("element Designation[2]", ex.Location);
        Assert.Equal("UniqueID is missing", ex.Problem);
    }

    [Fact]
    public void Parse_MissingIndividualEntityShip_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(UkTestData.Designations(Person.Replace("<IndividualEntityShip>Individual</IndividualEntityShip>", string.Empty, StringComparison.Ordinal))));

        Assert.Equal("RUS9999: IndividualEntityShip is missing", ex.Problem);
    }

    [Fact]
    public void Parse_UnknownIndividualEntityShip_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(UkTestData.Designations(Person.Replace(">Individual<", ">Aircraft<", StringComparison.Ordinal))));

        Assert.Equal("RUS9999: unknown IndividualEntityShip 'Aircraft'", ex.Problem);
    }

    [Fact]
    public void Parse_DesignationWithoutNames_IsSetAsideAndReported()
    {
        // The FCDO publishes a few designations with no name at all; they cannot be screened, and must not stop the rest.
        var nameless = "<Designation><UniqueID>RUS9998</UniqueID><Names><Name><NameType>Alias</NameType></Name></Names><IndividualEntityShip>Entity</IndividualEntityShip></Designation>";

        var parsed = UkTestData.ParseXml(UkTestData.Designations(Person, nameless));

        Assert.Equal(["uk:RUS9999"], parsed.Entities.Select(e => e.Id));
        Assert.Equal(["RUS9998"], parsed.Unnamed.ToArray());
    }

    [Fact]
    public void Parse_NoDesignationHasAName_Throws()
    {
        var nameless = "<Designation><UniqueID>RUS9998</UniqueID><IndividualEntityShip>Entity</IndividualEntityShip></Designation>";

        Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(UkTestData.Designations(nameless)));
    }

    [Fact]
    public void Parse_DuplicateUniqueId_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(UkTestData.Designations(Person, Person)));

        Assert.Equal("element Designation[2]", ex.Location);
    }

    [Fact]
    public void Parse_ListWithoutDesignations_Throws()
    {
        Assert.Throws<ListFormatException>(() => UkTestData.ParseXml(UkTestData.Designations()));
    }

    [Fact]
    public void Parse_OneDesignation_PublishedAtIsDateGenerated()
    {
        Assert.Equal(new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero), UkTestData.ParseXml(UkTestData.Designations(Person)).PublishedAt);
    }

    [Property(MaxTest = 300)]
    public void ParseXml_ArbitraryBytes_ThrowsOnlyListFormatException(byte[] bytes)
    {
        try
        {
            UkTestData.ParseXml(bytes);
        }
        catch (ListFormatException)
        {
            // Refusing the input is expected; any other exception type fails the property.
        }
    }

    [Property(MaxTest = 300)]
    public Property ParseXml_DamagedFixture_ThrowsOnlyListFormatException()
    {
        var valid = Encoding.UTF8.GetBytes(UkTestData.Designations(Person, Person.Replace("RUS9999", "RUS9998", StringComparison.Ordinal)));
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
                UkTestData.ParseXml(bytes);
            }
            catch (ListFormatException)
            {
                // Expected for most damage.
            }
        });
    }
}
