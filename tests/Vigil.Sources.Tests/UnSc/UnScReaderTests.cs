using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.UnSc;

namespace Vigil.Sources.Tests.UnSc;

/// <summary>Reading UN XML, and refusing anything that is not a whole, well-formed UN list.</summary>
public sealed class UnScReaderTests
{
    private const string Small = """
        <?xml version="1.0" encoding="UTF-8"?>
        <CONSOLIDATED_LIST dateGenerated="2026-01-02T03:04:05Z">
          <INDIVIDUALS>
            <INDIVIDUAL>
              <FIRST_NAME>JOHN</FIRST_NAME><SECOND_NAME>DOE</SECOND_NAME>
              <REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>
              <NATIONALITY><VALUE>France</VALUE><VALUE>Germany</VALUE></NATIONALITY>
              <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>J. Doe</ALIAS_NAME></INDIVIDUAL_ALIAS>
              <FUTURE_ELEMENT><NESTED>ignored</NESTED></FUTURE_ELEMENT>
            </INDIVIDUAL>
          </INDIVIDUALS>
          <ENTITIES>
            <ENTITY><FIRST_NAME>ACME</FIRST_NAME><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER></ENTITY>
          </ENTITIES>
        </CONSOLIDATED_LIST>
        """;

    [Fact]
    public void Read_SmallList_KeepsUnFieldNamesAndOrder()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Small));

        var list = UnScReader.Read(stream, "small.xml");

        Assert.Equal("2026-01-02T03:04:05Z", list.DateGenerated);
        Assert.Equal(2, list.Records.Length);
        var person = list.Records[0];
        Assert.Equal(UnScRecordKind.Individual, person.Kind);
        Assert.Equal("element INDIVIDUAL[1]", person.Location);
        Assert.Equal("XXi.001", person.ReferenceNumber);
        Assert.Equal(["France", "Germany"], person.Nationality.ToArray());
        Assert.Equal(new UnScAlias("Good", "J. Doe"), Assert.Single(person.Aliases));
        Assert.Equal(UnScRecordKind.Entity, list.Records[1].Kind);
        Assert.Equal("element ENTITY[1]", list.Records[1].Location);
    }

    [Fact]
    public void Read_RealFile_Reads730IndividualsThen273Entities()
    {
        using var stream = File.OpenRead(UnScTestData.File);

        var list = UnScReader.Read(stream, UnScTestData.File);

        Assert.Equal(730, list.Records.Count(r => r.Kind == UnScRecordKind.Individual));
        Assert.Equal(273, list.Records.Count(r => r.Kind == UnScRecordKind.Entity));
        Assert.Equal("element ENTITY[273]", list.Records[^1].Location);
        Assert.Equal(2_308, list.Records.Sum(r => r.Kind == UnScRecordKind.Individual ? r.Aliases.Length : 0));
        Assert.Equal(735, list.Records.Sum(r => r.Kind == UnScRecordKind.Entity ? r.Aliases.Length : 0));
    }

    [Fact]
    public void Read_MalformedXml_ThrowsWithLine()
    {
        var xml = Small.Replace("</SECOND_NAME>", "</SECOND>", StringComparison.Ordinal);

        var ex = Assert.Throws<ListFormatException>(() => Read(xml));

        Assert.Equal("test.xml", ex.File);
        Assert.Equal("line 5", ex.Location);
        Assert.IsType<System.Xml.XmlException>(ex.InnerException);
    }

    [Fact]
    public void Read_TruncatedRealFile_Throws()
    {
        var bytes = File.ReadAllBytes(UnScTestData.File);

        var ex = Assert.Throws<ListFormatException>(() => Read(bytes[..(bytes.Length / 2)]));

        Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherRootElement_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("<Designations><Designation/></Designations>"));

        Assert.Equal("element Designations", ex.Location);
    }

    [Fact]
    public void Read_DocumentTypeDeclaration_IsRefused()
    {
        // Entity expansion is a denial-of-service vector; list files never need a DTD.
        var xml = """<?xml version="1.0"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x "y">]><CONSOLIDATED_LIST/>""";

        Assert.Throws<ListFormatException>(() => Read(xml));
    }

    [Fact]
    public void Read_EmptyInput_Throws()
    {
        Assert.Throws<ListFormatException>(() => Read(string.Empty));
    }

    [Property(MaxTest = 300)]
    public void Parse_ArbitraryBytes_ThrowsOnlyListFormatException(byte[] bytes)
    {
        AssertOnlyListFormatException(() => UnScTestData.Parse(bytes));
    }

    [Property(MaxTest = 300)]
    public Property Parse_DamagedSmallList_ThrowsOnlyListFormatException()
    {
        var valid = Encoding.UTF8.GetBytes(Small);
        var damage =
            from cut in Gen.Choose(0, valid.Length)
            from at in Gen.Choose(0, valid.Length - 1)
            from value in Gen.Choose(0, 255)
            select (Cut: cut, At: at, Value: (byte)value);
        return Prop.ForAll(damage.ToArbitrary(), d =>
        {
            // Truncate, then overwrite one byte: covers cut-off downloads and single corrupted bytes.
            var bytes = valid[..d.Cut];
            if (d.At < bytes.Length)
            {
                bytes[d.At] = d.Value;
            }

            AssertOnlyListFormatException(() => UnScTestData.Parse(bytes));
        });
    }

    private static void AssertOnlyListFormatException(Action parse)
    {
        try
        {
            parse();
        }
        catch (ListFormatException)
        {
            // Refusing the input is the expected outcome for most inputs; any other exception type is the failure.
        }
    }

    private static UnScList Read(string xml) => Read(Encoding.UTF8.GetBytes(xml));

    private static UnScList Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return UnScReader.Read(stream, "test.xml");
    }
}
