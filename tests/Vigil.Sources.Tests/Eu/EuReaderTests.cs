using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.Eu;

namespace Vigil.Sources.Tests.Eu;

/// <summary>Reading EU FSF XML, and refusing anything that is not a whole, well-formed export.</summary>
public sealed class EuReaderTests
{
    private const string Person = """<sanctionEntity logicalId="1"><subjectType code="person"/><nameAlias wholeName="John Doe" strong="true"/></sanctionEntity>""";

    [Fact]
    public void Read_HandWrittenFixture_KeepsEuAttributeNames()
    {
        using var stream = File.OpenRead(EuTestData.File);

        var export = EuReader.Read(stream, EuTestData.File);

        Assert.Equal("2025-08-11T10:00:00.000+02:00", export.GenerationDate);
        Assert.Equal(4, export.Entities.Length);
        var first = export.Entities[0];
        Assert.Equal("element sanctionEntity[1]", first.Location);
        Assert.Equal("EU.9001.01", first.EuReferenceNumber);
        Assert.Null(first.UnitedNationId);
        Assert.Equal("person", first.SubjectType);
        Assert.Equal(new EuRegulation("UKR", "2014-03-17", "2014-03-17", "269/2014 (OJ L78)", "regulation", "https://eur-lex.europa.eu/example-269-2014"), Assert.Single(first.Regulation));
        Assert.Equal("false", first.NameAlias[2].Strong);
        Assert.Equal("true", first.Birthdate[1].Circa);
        Assert.Equal("(passport)", first.Identification[0].Remark);
    }

    [Fact]
    public void Read_WithoutNamespace_ReadsTheSame()
    {
        var parsed = EuTestData.Parse("<export>" + Person + "</export>");

        Assert.Equal("eu:1", Assert.Single(parsed.Entities).Id);
        Assert.Null(parsed.PublishedAt);
    }

    [Fact]
    public void Read_MalformedXml_ThrowsWithLine()
    {
        var ex = Assert.Throws<ListFormatException>(() => EuTestData.Parse("<export>\n<sanctionEntity logicalId=\"1\">\n<nameAlias wholeName=\"x\" strong=true/>\n</sanctionEntity></export>"));

        Assert.Equal("test.xml", ex.File);
        Assert.Equal("line 3", ex.Location);
    }

    [Fact]
    public void Read_TruncatedFixture_Throws()
    {
        var bytes = File.ReadAllBytes(EuTestData.File);

        var ex = Assert.Throws<ListFormatException>(() => EuTestData.Parse(bytes[..(bytes.Length / 2)]));

        Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherRootElement_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => EuTestData.Parse("<CONSOLIDATED_LIST/>"));

        Assert.Equal("element CONSOLIDATED_LIST", ex.Location);
    }

    [Fact]
    public void Parse_MissingLogicalId_ThrowsNamingTheElement()
    {
        var ex = Assert.Throws<ListFormatException>(() => EuTestData.Parse(EuTestData.Export(Person, Person.Replace(" logicalId=\"1\"", string.Empty, StringComparison.Ordinal))));

        Assert.Equal("element sanctionEntity[2]", ex.Location);
        Assert.Equal("logicalId is missing", ex.Problem);
    }

    [Fact]
    public void Parse_MissingSubjectType_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => EuTestData.Parse(EuTestData.Export(Person.Replace("""<subjectType code="person"/>""", string.Empty, StringComparison.Ordinal))));

        Assert.Equal("1: subjectType is missing", ex.Problem);
    }

    [Fact]
    public void Parse_NoNamedAlias_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => EuTestData.Parse(EuTestData.Export("""<sanctionEntity logicalId="7"><subjectType code="enterprise"/><nameAlias wholeName="" strong="true"/></sanctionEntity>""")));

        Assert.Equal("element sanctionEntity[1]", ex.Location);
        Assert.Equal("7: no nameAlias has a name", ex.Problem);
    }

    [Fact]
    public void Parse_DuplicateLogicalId_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => EuTestData.Parse(EuTestData.Export(Person, Person)));

        Assert.Equal("element sanctionEntity[2]", ex.Location);
    }

    [Fact]
    public void Parse_ExportWithoutEntities_Throws()
    {
        Assert.Throws<ListFormatException>(() => EuTestData.Parse(EuTestData.Export()));
    }

    [Fact]
    public void Parse_UnknownSubjectType_IsALegalEntity()
    {
        var parsed = EuTestData.Parse(EuTestData.Export(Person.Replace("code=\"person\"", "code=\"vessel\"", StringComparison.Ordinal)));

        Assert.Equal(Schema.LegalEntity, Assert.Single(parsed.Entities).Schema);
    }

    [Property(MaxTest = 300)]
    public void Parse_ArbitraryBytes_ThrowsOnlyListFormatException(byte[] bytes)
    {
        try
        {
            EuTestData.Parse(bytes);
        }
        catch (ListFormatException)
        {
            // Refusing the input is expected; any other exception type fails the property.
        }
    }

    [Property(MaxTest = 300)]
    public Property Parse_DamagedFixture_ThrowsOnlyListFormatException()
    {
        var valid = File.ReadAllBytes(EuTestData.File);
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
                EuTestData.Parse(bytes);
            }
            catch (ListFormatException)
            {
                // Expected for most damage.
            }
        });
    }
}
