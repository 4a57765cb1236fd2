using Vigil.Model;
using Vigil.Sources.Eu;

namespace Vigil.Sources.Tests.Eu;

/// <summary>The EU source over the hand-written XML 1.1 fixture.</summary>
public sealed class EuListSourceTests
{
    private static SanctionsEntity Entity(string id) => EuTestData.Entity(id);

    [Fact]
    public void Load_HandWrittenExport_DescribesTheSnapshot()
    {
        var snapshot = EuTestData.Snapshot;

        Assert.Equal(ListSources.EuropeanUnion, snapshot.Source);
        Assert.Equal(new DateTimeOffset(2025, 8, 11, 10, 0, 0, TimeSpan.FromHours(2)), snapshot.PublishedAt);
        Assert.Equal(Path.GetFullPath(EuTestData.Folder), snapshot.Origin);
        Assert.Equal(ContentHash.OfFiles([EuTestData.File]), snapshot.ContentHash);
        Assert.Equal(["eu:9001", "eu:9002", "eu:9003", "eu:9004"], snapshot.Entities.Select(e => e.Id));
        Assert.Equal([Schema.Person, Schema.Organization, Schema.Person, Schema.Organization], snapshot.Entities.Select(e => e.Schema));
    }

    [Fact]
    public void Load_Person9001_MapsNamesScriptsAndStrength()
    {
        var e = Entity("eu:9001");

        Assert.Equal(
            [
                new EntityName("Ivan Petrovich Testov", NameKind.Primary, "Ivan", "Testov", "Petrovich"),
                new EntityName("Иван Петрович Тестов", NameKind.OriginalScript, "Иван", "Тестов", "Петрович", "RU"),
                new EntityName("Vanya Testov", NameKind.WeakAlias),
            ],
            e.Names.ToArray());
        Assert.Equal(Gender.Male, e.Gender);
        Assert.Equal(["Deputy Minister of Examples", "General"], e.Titles.ToArray());
    }

    [Fact]
    public void Load_Person9001_MapsBirthCitizenshipDocumentsAndAddress()
    {
        var e = Entity("eu:9001");

        Assert.Equal([BirthDate.On(new PartialDate(1961, 3, 12)), BirthDate.On(new PartialDate(1962), circa: true)], e.BirthDates.ToArray());
        Assert.Equal([new Place("Perm, RUSSIAN FEDERATION", "RU")], e.BirthPlaces.ToArray());
        Assert.Equal(["RU"], e.Citizenships.ToArray());
        Assert.Equal(["RU"], e.Nationalities.ToArray());
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "751234567", "RU", "National passport", "(passport), issued 2010-01-15"),
                new Identifier(IdentifierType.TaxId, "770100000001", "RU", "Fiscal Code"),
            ],
            e.Identifiers.ToArray());
        Assert.Equal([new Address("12 Example Street", "Moscow", PostalCode: "101000", Country: "RUSSIAN FEDERATION", CountryCode: "RU")], e.Addresses.ToArray());
    }

    [Fact]
    public void Load_Person9001_MapsProgrammeDesignationDateAndRemark()
    {
        var e = Entity("eu:9001");

        Assert.Equal(["UKR"], e.Programs.ToArray());
        Assert.Equal(new DateOnly(2014, 3, 17), e.ListedOn);
        Assert.Equal("Invented entry for tests.", e.Remarks);
        Assert.StartsWith("<sanctionEntity", e.Raw, StringComparison.Ordinal);
        Assert.Contains("logicalId=\"9001\"", e.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Enterprise9002_MapsIdentifiersUnReferenceAndKnownAddressesOnly()
    {
        var e = Entity("eu:9002");

        Assert.Equal([new EntityName("Example Relief Foundation"), new EntityName("ERF", NameKind.WeakAlias)], e.Names.ToArray());
        Assert.Equal(
            [
                new Identifier(IdentifierType.SwiftBic, "EXAMPLEXX", "AE", "SWIFT BIC"),
                new Identifier(IdentifierType.Other, "QDe.999", Label: "UN reference number"),
            ],
            e.Identifiers.ToArray());
        Assert.Equal([new Address("P.O. Box 1234", "Dubai", Country: "UNITED ARAB EMIRATES", CountryCode: "AE", Remarks: "Former address")], e.Addresses.ToArray());
        Assert.Equal(["AQL", "TAQA"], e.Programs.ToArray());
    }

    [Fact]
    public void Load_Enterprise9002_WithoutDesignationDate_ListedOnEarliestRegulation()
    {
        Assert.Equal(new DateOnly(2003, 1, 10), Entity("eu:9002").ListedOn);
    }

    [Fact]
    public void Load_Person9003_PrefersTheLatinSpellingAsPrimary()
    {
        var e = Entity("eu:9003");

        Assert.Equal(new EntityName("Eleni Paradeigma", NameKind.Primary, "Eleni", "Paradeigma"), e.PrimaryName);
        Assert.Equal(new EntityName("Ελένη Παράδειγμα", NameKind.OriginalScript, "Ελένη", "Παράδειγμα", Language: "EL"), e.Names[1]);
        Assert.Equal(Gender.Female, e.Gender);
    }

    [Fact]
    public void Load_Person9003_MapsYearRangeSkipsImpossibleDateAndUnknownCountry()
    {
        var e = Entity("eu:9003");

        Assert.Equal([BirthDate.Between(new PartialDate(1970), new PartialDate(1972))], e.BirthDates.ToArray());
        Assert.Equal(["CY"], e.Citizenships.ToArray());
        Assert.Empty(e.BirthPlaces);
    }

    [Fact]
    public void Load_Enterprise9004_PromotesItsOnlyNamedWeakAlias()
    {
        Assert.Equal([new EntityName("EXAMPLE TRADING LLC")], Entity("eu:9004").Names.ToArray());
    }

    [Fact]
    public void CanLoad_FixtureFolderAndFile_True()
    {
        var source = new EuListSource();

        Assert.True(source.CanLoad(EuTestData.Folder));
        Assert.True(source.CanLoad(EuTestData.File));
        Assert.False(source.CanLoad(Path.Combine(EuTestData.Folder, "README.md")));
    }

    [Fact]
    public void KnownSources_All_IncludesTheEuSource()
    {
        Assert.Single(KnownSources.All, s => s.Code == ListSources.EuropeanUnion);
    }
}
