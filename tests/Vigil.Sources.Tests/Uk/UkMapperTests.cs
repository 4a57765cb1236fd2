using Vigil.Model;

namespace Vigil.Sources.Tests.Uk;

/// <summary>Mapping UK designations: name types, alias strength and the FCDO's date forms.</summary>
public sealed class UkMapperTests
{
    [Theory]
    [InlineData("Primary Name", null, NameKind.Primary)]
    [InlineData("Primary name", null, NameKind.Primary)]
    [InlineData("Primary Name Variation", null, NameKind.StrongAlias)]
    [InlineData("Alias", null, NameKind.StrongAlias)]
    [InlineData("ALias", "Good quality a.k.a", NameKind.StrongAlias)]
    [InlineData("Alias", "Low quality a.k.a", NameKind.WeakAlias)]
    public void Map_NameTypeAndStrength_SetsNameKind(string nameType, string? strength, NameKind expected)
    {
        var alias = $"<Name><Name6>Other Name</Name6><NameType>{nameType}</NameType>{(strength is null ? string.Empty : $"<AliasStrength>{strength}</AliasStrength>")}</Name>";
        var xml = UkTestData.Designations($"<Designation><UniqueID>CYB9999</UniqueID><Names><Name><Name6>MAIN NAME</Name6><NameType>Primary Name</NameType></Name>{alias}</Names><IndividualEntityShip>Entity</IndividualEntityShip></Designation>");

        var entity = Assert.Single(UkTestData.ParseXml(xml).Entities);

        Assert.Equal(expected, Assert.Single(entity.Names, n => n.Full == "Other Name").Kind);
    }

    [Theory]
    [InlineData("27/08/1955", 1955, 8, 27)]
    [InlineData("dd/mm/1950", 1950, null, null)]
    [InlineData("dd/08/1955", 1955, 8, null)]
    [InlineData("00/00/1955", 1955, null, null)]
    [InlineData("31/02/1955", 1955, 2, null)]
    public void Map_DateOfBirth_KeepsTheKnownParts(string dob, int year, int? month, int? day)
    {
        var entity = Assert.Single(UkTestData.ParseXml(Individual(dob)).Entities);

        Assert.Equal(BirthDate.On(new PartialDate(year, month, day)), Assert.Single(entity.BirthDates));
    }

    [Theory]
    [InlineData("15/08/19yy")]
    [InlineData("1955")]
    [InlineData("dd/mm/55")]
    public void Map_UnreadableDateOfBirth_IsLeftOut(string dob)
    {
        var entity = Assert.Single(UkTestData.ParseXml(Individual(dob)).Entities);

        Assert.Empty(entity.BirthDates);
    }

    [Theory]
    [InlineData("Russia", "RU")]
    [InlineData("Korea, North", "KP")]
    [InlineData("na", null)]
    [InlineData("NA", null)]
    public void Map_Nationality_IsACountryNameNeverACode(string nationality, string? expected)
    {
        var xml = UkTestData.Designations(
            $"<Designation><UniqueID>RUS9999</UniqueID><Names><Name><Name6>DOE</Name6><NameType>Primary Name</NameType></Name></Names><IndividualEntityShip>Individual</IndividualEntityShip><Addresses><Address><AddressLine1>1 Street</AddressLine1><AddressCountry>{nationality}</AddressCountry></Address></Addresses><IndividualDetails><Individual><Nationalities><Nationality>{nationality}</Nationality></Nationalities></Individual></IndividualDetails></Designation>");

        var entity = Assert.Single(UkTestData.ParseXml(xml).Entities);

        Assert.Equal(expected is null ? [] : [expected], entity.Nationalities.ToArray());
        Assert.Equal(expected, Assert.Single(entity.Addresses).CountryCode);
    }

    private static string Individual(string dob) => UkTestData.Designations(
        $"<Designation><UniqueID>RUS9999</UniqueID><Names><Name><Name1>John</Name1><Name6>DOE</Name6><NameType>Primary Name</NameType></Name></Names><IndividualEntityShip>Individual</IndividualEntityShip><IndividualDetails><Individual><DOBs><DOB>{dob}</DOB></DOBs></Individual></IndividualDetails></Designation>");
}
