using Vigil.Model;

namespace Vigil.Sources.Tests.UnSc;

/// <summary>Mapping UN records, including the records a well-formed file can still get wrong.</summary>
public sealed class UnScMapperTests
{
    [Fact]
    public void Map_MissingReferenceNumber_ThrowsNamingTheElement()
    {
        var xml = UnScTestData.OneIndividual("<FIRST_NAME>JOHN</FIRST_NAME>");

        var ex = Assert.Throws<ListFormatException>(() => UnScTestData.Parse(xml));

        Assert.Equal("test.xml", ex.File);
        Assert.Equal("element INDIVIDUAL[1]", ex.Location);
        Assert.Contains("REFERENCE_NUMBER", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_MissingName_ThrowsNamingTheElementAndReference()
    {
        var xml = UnScTestData.OneIndividual("<FIRST_NAME> </FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>");

        var ex = Assert.Throws<ListFormatException>(() => UnScTestData.Parse(xml));

        Assert.Equal("element INDIVIDUAL[1]", ex.Location);
        Assert.Equal("XXi.001: FIRST_NAME is missing", ex.Problem);
    }

    [Fact]
    public void Map_DuplicateReferenceNumber_Throws()
    {
        var xml = """
            <CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES>
            <ENTITY><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER></ENTITY>
            <ENTITY><FIRST_NAME>B</FIRST_NAME><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER></ENTITY>
            </ENTITIES></CONSOLIDATED_LIST>
            """;

        var ex = Assert.Throws<ListFormatException>(() => UnScTestData.Parse(xml));

        Assert.Equal("element ENTITY[2]", ex.Location);
    }

    [Fact]
    public void Parse_ListWithoutRecords_Throws()
    {
        // A list that parses but holds nobody is a broken export, and loading it would empty the UN list.
        var ex = Assert.Throws<ListFormatException>(() => UnScTestData.Parse("<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>"));

        Assert.Equal("element CONSOLIDATED_LIST", ex.Location);
    }

    [Theory]
    [InlineData("Good", NameKind.StrongAlias)]
    [InlineData("Low", NameKind.WeakAlias)]
    [InlineData("a.k.a.", NameKind.StrongAlias)]
    [InlineData("f.k.a.", NameKind.FormerName)]
    [InlineData("", NameKind.StrongAlias)]
    public void Map_AliasQuality_SetsNameKind(string quality, NameKind expected)
    {
        var xml = UnScTestData.OneIndividual($"<FIRST_NAME>JOHN</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER><INDIVIDUAL_ALIAS><QUALITY>{quality}</QUALITY><ALIAS_NAME>Johnny</ALIAS_NAME></INDIVIDUAL_ALIAS>");

        var entity = Assert.Single(UnScTestData.Parse(xml).Entities);

        Assert.Equal(new EntityName("Johnny", expected), entity.Names[1]);
    }

    [Theory]
    [InlineData("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-02-30</DATE>")]
    [InlineData("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>70</YEAR>")]
    [InlineData("<TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1970</FROM_YEAR>")]
    [InlineData("<TYPE_OF_DATE></TYPE_OF_DATE>")]
    public void Map_UnusableDateOfBirth_IsLeftOut(string dob)
    {
        var xml = UnScTestData.OneIndividual($"<FIRST_NAME>JOHN</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER><INDIVIDUAL_DATE_OF_BIRTH>{dob}</INDIVIDUAL_DATE_OF_BIRTH>");

        var entity = Assert.Single(UnScTestData.Parse(xml).Entities);

        Assert.Empty(entity.BirthDates);
        Assert.Contains(dob, entity.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_DocumentWithoutNumber_IsLeftOut()
    {
        var xml = UnScTestData.OneIndividual("<FIRST_NAME>JOHN</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER><INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NOTE>issued in 2004</NOTE></INDIVIDUAL_DOCUMENT><INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification\n   Number</TYPE_OF_DOCUMENT><NUMBER>123</NUMBER></INDIVIDUAL_DOCUMENT>");

        var entity = Assert.Single(UnScTestData.Parse(xml).Entities);

        Assert.Equal(new Identifier(IdentifierType.NationalId, "123", Label: "National Identification Number"), Assert.Single(entity.Identifiers));
    }

    [Fact]
    public void Parse_SmallList_PublishedAtIsDateGenerated()
    {
        var xml = UnScTestData.OneIndividual("<FIRST_NAME>JOHN</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>");

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), UnScTestData.Parse(xml).PublishedAt);
    }
}
