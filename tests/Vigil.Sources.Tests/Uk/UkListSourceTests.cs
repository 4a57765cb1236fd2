using Vigil.Model;
using Vigil.Sources.Uk;

namespace Vigil.Sources.Tests.Uk;

/// <summary>The UK source over the hand-written XML fixture and the real FCDO summary spreadsheet.</summary>
public sealed class UkListSourceTests
{
    private static SanctionsEntity Xml(string id) => Assert.Single(UkTestData.Xml.Entities, e => e.Id == id);

    private static SanctionsEntity Ods(string id) => Assert.Single(UkTestData.Ods.Entities, e => e.Id == id);

    [Fact]
    public void Load_HandWrittenXml_DescribesTheSnapshot()
    {
        var snapshot = UkTestData.Xml;

        Assert.Equal(ListSources.UnitedKingdom, snapshot.Source);
        Assert.Equal(new DateTimeOffset(2025, 8, 11, 0, 0, 0, TimeSpan.Zero), snapshot.PublishedAt);
        Assert.Equal(ContentHash.OfFiles([UkTestData.XmlFile]), snapshot.ContentHash);
        Assert.Equal(["uk:RUS9001", "uk:AFG9001", "uk:RUS9002", "uk:YEM9001", "uk:CYB9001"], snapshot.Entities.Select(e => e.Id));
        Assert.Equal([Schema.Person, Schema.Organization, Schema.Vessel, Schema.Person, Schema.Organization], snapshot.Entities.Select(e => e.Schema));
    }

    [Fact]
    public void Load_RUS9001_MapsNameKindsPartsAndNonLatinName()
    {
        var e = Xml("uk:RUS9001");

        Assert.Equal(
            [
                new EntityName("Ivan Petrovich TESTOV", NameKind.Primary, "Ivan", "TESTOV", "Petrovich"),
                new EntityName("Ivan TYESTOV", NameKind.StrongAlias, "Ivan", "TYESTOV"),
                new EntityName("Vanya Testov", NameKind.StrongAlias),
                new EntityName("The Tester", NameKind.WeakAlias),
                new EntityName("Иван Петрович ТЕСТОВ", NameKind.OriginalScript, Language: "Russian"),
            ],
            e.Names.ToArray());
    }

    [Fact]
    public void Load_RUS9001_MapsIndividualDetails()
    {
        var e = Xml("uk:RUS9001");

        Assert.Equal([BirthDate.On(new PartialDate(1961, 3, 12)), BirthDate.On(new PartialDate(1962))], e.BirthDates.ToArray());
        Assert.Equal([new Place("Perm, Russia", "RU")], e.BirthPlaces.ToArray());
        Assert.Equal(["RU"], e.Nationalities.ToArray());
        Assert.Equal(Gender.Male, e.Gender);
        Assert.Equal(["Mr", "Director of Example Holding JSC"], e.Titles.ToArray());
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "751234567", Label: "Passport", Note: "Russian international passport"),
                new Identifier(IdentifierType.NationalId, "INN: 770100000001", Label: "National identifier", Note: "Tax number"),
            ],
            e.Identifiers.ToArray());
        Assert.Equal([new Address("12 Example Street, Apartment 3", "Moscow", PostalCode: "101000", Country: "Russia", CountryCode: "RU")], e.Addresses.ToArray());
    }

    [Fact]
    public void Load_RUS9001_MapsRegimeDateAndProse()
    {
        var e = Xml("uk:RUS9001");

        Assert.Equal(["The Russia (Sanctions) (EU Exit) Regulations 2019"], e.Programs.ToArray());
        Assert.Equal(new DateOnly(2022, 2, 24), e.ListedOn);
        Assert.StartsWith("(UK Sanctions List Ref):RUS9001. Invented entry for tests.\n\nInvented statement of reasons", e.Remarks, StringComparison.Ordinal);
        Assert.StartsWith("<Designation>", e.Raw, StringComparison.Ordinal);
        Assert.Contains("<UniqueID>RUS9001</UniqueID>", e.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AFG9001_MapsEntityContactsRegistrationsAndRelations()
    {
        var e = Xml("uk:AFG9001");

        Assert.Equal(Schema.Organization, e.Schema);
        Assert.Equal([new EntityName("EXAMPLE MONEY EXCHANGE"), new EntityName("Example Hawala", NameKind.StrongAlias)], e.Names.ToArray());
        Assert.Equal(
            [
                new Identifier(IdentifierType.Registration, "044", Label: "Business registration number"),
                new Identifier(IdentifierType.Phone, "+93 700 000 000"),
                new Identifier(IdentifierType.Email, "info@example.invalid"),
                new Identifier(IdentifierType.Website, "www.example.invalid"),
                new Identifier(IdentifierType.Other, "TAe.999", Label: "UN reference number"),
            ],
            e.Identifiers.ToArray());
        Assert.Equal([new EntityLink("Parent company", "Example Parent Group"), new EntityLink("Subsidiary", "Example Hawala Dubai Branch")], e.Links.ToArray());
        Assert.Equal(["AF", "AE"], e.Addresses.Select(a => a.CountryCode ?? "-"));
        Assert.Equal("Example Market, 2nd Floor, Nimroz Province, Afghanistan", e.Addresses[0].Full);
        Assert.Equal("Invented money service business.", e.Remarks);
    }

    [Fact]
    public void Load_RUS9002_MapsShipImoFlagAndOwner()
    {
        var e = Xml("uk:RUS9002");

        Assert.Equal(Schema.Vessel, e.Schema);
        Assert.Equal(new Identifier(IdentifierType.Imo, "9123456", Label: "IMO number"), Assert.Single(e.Identifiers));
        Assert.Equal(["PA"], e.Countries.ToArray());
        Assert.Equal([new EntityLink("Owner/operator", "Example Shipping Ltd")], e.Links.ToArray());
        Assert.Equal(new EntityName("SEA EXAMPLE", NameKind.StrongAlias), e.Names[1]);
    }

    [Fact]
    public void Load_YEM9001_FoldsNameTypeCaseAndSkipsUnreadableDate()
    {
        var e = Xml("uk:YEM9001");

        Assert.Equal(new EntityName("Amina Ali AL-EXAMPLE", NameKind.Primary, "Amina", "AL-EXAMPLE", "Ali"), e.PrimaryName);
        Assert.Equal(new EntityName("Umm Example", NameKind.StrongAlias), e.Names[1]);
        Assert.Equal(new EntityName("أمينة علي المثال", NameKind.OriginalScript, Language: "Arabic"), e.Names[2]);
        Assert.Equal([BirthDate.On(new PartialDate(1970, 5))], e.BirthDates.ToArray());
        Assert.Equal(["YE"], e.Nationalities.ToArray());
        Assert.Equal(Gender.Female, e.Gender);
        Assert.Contains("15/08/19yy", e.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CYB9001_PromotesTheFirstAliasWhenNoPrimaryNameIsGiven()
    {
        var e = Xml("uk:CYB9001");

        Assert.Equal([new EntityName("Example Cyber Group"), new EntityName("ECG", NameKind.WeakAlias)], e.Names.ToArray());
    }

    [Fact]
    public void Load_RealSummaryOds_Has5302DesignationsOfWhich2AreNameless()
    {
        using var stream = File.OpenRead(UkTestData.OdsFile);
        var parsed = UkListSource.ParseSummary(stream, UkTestData.OdsFile);

        // 5,302 rows: 3,754 Individual, 1,087 Entity, 461 Ship; two individuals are published with an empty Name.
        Assert.Equal(["BEL0174", "RUS1467"], parsed.Unnamed.ToArray());
        Assert.Equal(5_300, parsed.Entities.Length);
    }

    [Fact]
    public void Load_RealSummaryOds_HasTheEntitiesByType()
    {
        var snapshot = UkTestData.Ods;
        var counts = snapshot.CountsBySchema;

        Assert.Equal(5_300, snapshot.Entities.Length);
        Assert.Equal(3_752, counts[Schema.Person]);
        Assert.Equal(1_087, counts[Schema.Organization]);
        Assert.Equal(461, counts[Schema.Vessel]);
        Assert.Null(snapshot.PublishedAt);
        Assert.Equal("0104617a113970a350a5ad0d47b49eac07764a4bb598dababa6365c111cd35b4", snapshot.ContentHash);
        Assert.Equal(5_300, snapshot.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_RealSummaryOds_CountsDesignationSources()
    {
        var sources = UkTestData.Ods.Entities
            .Select(e => e.Raw!.Split('\t').Single(f => f.StartsWith("Designation source: ", StringComparison.Ordinal))["Designation source: ".Length..])
            .GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // 4,386 UK-sourced rows in the sheet, less the two nameless ones (both UK designations).
        Assert.Equal(4_384, sources["UK"]);
        Assert.Equal(908, sources["UN"]);
        Assert.Equal(8, sources["UK|UN"]);
    }

    [Fact]
    public void Load_RealSummaryOds_MapsRows()
    {
        var exchange = Ods("uk:AFG0001");
        var houthi = Ods("uk:YEM0018");

        Assert.Equal(new EntityName("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE"), Assert.Single(exchange.Names));
        Assert.Equal(Schema.Organization, exchange.Schema);
        Assert.Equal(["Afghanistan"], exchange.Programs.ToArray());
        Assert.Equal(new DateOnly(2012, 6, 29), exchange.ListedOn);
        Assert.Equal("Unique ID: AFG0001\tName: HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE\tType: Entity\tOFSI Group ID: 12703\tRegime Name: Afghanistan\tDesignation source: UN\tDate Designated: 29-06-2012\tSanctions Imposed: Asset freeze", exchange.Raw);
        Assert.Equal("Al-HOUTHI Ali Hussein Badr Al Din", houthi.PrimaryName.Full);
        Assert.Equal(Schema.Person, houthi.Schema);
        Assert.Equal(new DateOnly(2024, 2, 27), houthi.ListedOn);
    }

    [Fact]
    public void Load_FixtureFolder_PrefersTheXmlList()
    {
        var source = new UkListSource();

        Assert.True(source.CanLoad(UkTestData.Folder));
        Assert.Equal(5, source.Load(UkTestData.Folder).Entities.Length);
    }

    [Fact]
    public void CanLoad_XmlAndOdsFiles_True()
    {
        var source = new UkListSource();

        Assert.True(source.CanLoad(UkTestData.XmlFile));
        Assert.True(source.CanLoad(UkTestData.OdsFile));
        Assert.False(source.CanLoad(Path.Combine(UkTestData.Folder, "README.md")));
    }

    [Fact]
    public void KnownSources_All_IncludesTheUkSource()
    {
        Assert.Single(KnownSources.All, s => s.Code == ListSources.UnitedKingdom);
    }
}
