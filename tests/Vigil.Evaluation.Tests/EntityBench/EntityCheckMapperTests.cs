using Vigil.Evaluation.EntityBench;
using Vigil.Model;

namespace Vigil.Evaluation.Tests.EntityBench;

public sealed class EntityCheckMapperTests
{
    private const string Yaml = """
        checks:
          - match: true
            schema: Company
            query:
              name: Siemens Aktiengesellschaft
              country: Germany
              registrationNumber: HRB 6684
            candidate:
              name: Siemens AG
              alias: Siemens
              jurisdiction: de
              registrationNumber: HRB6684
              incorporationDate: 1847-10-01
              sector: industry
          - match: false
            schema: Person
            query:
              firstName: Hans
              middleName: J
              lastName: Friedrich
              gender: male
            candidate:
              firstName: Hans
              fatherName: Joachimovich
              lastName: Friedrich
        """;

    private static readonly EntityCheck[] Checks = [.. EntityCheckReader.Read(new StringReader(Yaml), "inline")];

    [Fact]
    public void ToQuery_CompanyCheck_CarriesSchemaCountryAndIdentifier()
    {
        var q = EntityCheckMapper.ToQuery(Checks[0]);

        Assert.Equal("Siemens Aktiengesellschaft", q.Name);
        Assert.Equal(Schema.Organization, q.Schema);
        Assert.Equal(["DE"], q.Countries.ToArray());
        var id = Assert.Single(q.Identifiers);
        Assert.Equal(IdentifierType.Registration, id.Type);
        Assert.Equal("HRB6684", id.Key);
    }

    [Fact]
    public void ToEntity_CompanyCheck_KeepsAliasDateAndCountry()
    {
        var e = EntityCheckMapper.ToEntity(Checks[0]);

        Assert.Equal("bench:check-0", e.Id);
        Assert.Equal("Siemens AG", e.PrimaryName.Full);
        Assert.Contains(e.Names, n => n.Full == "Siemens" && n.Kind == NameKind.StrongAlias);
        Assert.Equal(1847, Assert.Single(e.BirthDates).From.Year);
        Assert.Equal(["DE"], e.Countries.ToArray());
    }

    [Fact]
    public void ToEntity_NamePartsOnly_JoinsThemInWritingOrder()
    {
        var e = EntityCheckMapper.ToEntity(Checks[1]);
        var q = EntityCheckMapper.ToQuery(Checks[1]);

        Assert.Equal("Hans Joachimovich Friedrich", e.PrimaryName.Full);
        Assert.Equal("Hans", e.PrimaryName.Given);
        Assert.Equal("Friedrich", e.PrimaryName.Family);
        Assert.Equal("Hans J Friedrich", q.Name);
        Assert.Equal(Gender.Male, q.Gender);
    }

    [Theory]
    [InlineData("name", true)]
    [InlineData("fatherName", true)]
    [InlineData("birthDate", true)]
    [InlineData("imoNumber", true)]
    [InlineData("sector", false)]
    public void IsKnown_Property_TellsWhetherTheMappingUsesIt(string property, bool known) =>
        Assert.Equal(known, EntityCheckMapper.IsKnown(property));
}
