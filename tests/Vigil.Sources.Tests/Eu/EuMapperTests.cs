using Vigil.Model;

namespace Vigil.Sources.Tests.Eu;

/// <summary>Mapping EU country fields: an ISO code attribute first, the country description when the code says nothing.</summary>
public sealed class EuMapperTests
{
    [Theory]
    [InlineData("RU", "RUSSIAN FEDERATION", "RU")]
    [InlineData("ru", "", "RU")]
    [InlineData("00", "RUSSIAN FEDERATION", "RU")]
    [InlineData("", "Iran (Islamic Republic of)", "IR")]
    [InlineData("00", "UNKNOWN", null)]
    [InlineData("", "na", null)]
    [InlineData("XX", "", null)]
    public void Map_Citizenship_CodeElseDescription(string code, string description, string? expected)
    {
        var entity = Assert.Single(EuTestData.Parse(EuTestData.Export(
            $"""<sanctionEntity logicalId="7"><subjectType code="person"/><nameAlias wholeName="John Doe" strong="true"/><citizenship countryIso2Code="{code}" countryDescription="{description}"/></sanctionEntity>""")).Entities);

        Assert.Equal(expected is null ? [] : [expected], entity.Citizenships.ToArray());
    }

    [Fact]
    public void Map_AddressWithUnknownCountry_KeepsNoCountryName()
    {
        var entity = Assert.Single(EuTestData.Parse(EuTestData.Export(
            """<sanctionEntity logicalId="7"><subjectType code="enterprise"/><nameAlias wholeName="Acme" strong="true"/><address city="Dubai" countryIso2Code="00" countryDescription="UNKNOWN"/></sanctionEntity>""")).Entities);

        Assert.Equal(new Address(City: "Dubai"), Assert.Single(entity.Addresses));
    }
}
