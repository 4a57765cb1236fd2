using Vigil.Model;
using Vigil.Sources.OpenSanctions;

namespace Vigil.Sources.Tests.OpenSanctions;

/// <summary>The OpenSanctions source over real FollowTheMoney exports: the Zala Aero cluster and the t1 sample.</summary>
public sealed class OpenSanctionsListSourceTests
{
    private const string Zakharov = "os:NK-aU5ybkbRFJucf8YMwsJvDw";
    private const string LlcCst = "os:NK-abdzbEBkqyT29GyREbiURZ";

    private static SanctionsEntity Zala(string id) => Assert.Single(OpenSanctionsTestData.Zala.Entities, e => e.Id == id);

    [Fact]
    public void Load_Zala_Maps11CompaniesAnd6PersonsOutOf91Records()
    {
        var snapshot = OpenSanctionsTestData.Zala;
        var counts = snapshot.CountsBySchema;

        Assert.Equal(17, snapshot.Entities.Length);
        Assert.Equal(11, counts[Schema.Organization]);
        Assert.Equal(6, counts[Schema.Person]);
        Assert.Equal(2, counts.Count);
    }

    [Fact]
    public void Load_Zala_DescribesTheSnapshot()
    {
        var snapshot = OpenSanctionsTestData.Zala;

        Assert.Equal(ListSources.OpenSanctions, snapshot.Source);
        Assert.Equal(new DateTimeOffset(2026, 4, 29, 7, 55, 2, TimeSpan.Zero), snapshot.PublishedAt);
        Assert.Equal(Path.GetFullPath(OpenSanctionsTestData.ZalaFolder), snapshot.Origin);
        Assert.Equal("3f718f1328ae368d90b981a13be0d5dd7c50d99ae6531a95ae0bc79588c43be6", snapshot.ContentHash);
        Assert.All(snapshot.Entities, e => Assert.Equal("os:" + e.SourceId, e.Id));
    }

    [Fact]
    public void Load_Zakharov_HasLatinAndCyrillicNames()
    {
        var e = Zala(Zakharov);

        Assert.Equal(Schema.Person, e.Schema);
        Assert.Equal(new EntityName("Alexander Vyacheslavovich ZAKHAROV"), e.PrimaryName);
        Assert.Contains(new EntityName("Aleksandr Vyacheslavovich Zakharov", NameKind.StrongAlias), e.Names);
        Assert.Contains(new EntityName("ZAKHAROV, Aleksandr Vyacheslavovich", NameKind.StrongAlias), e.Names);
        Assert.Contains(new EntityName("Aleksandr Vjačeslavovič Zacharov", NameKind.StrongAlias), e.Names);
        Assert.Contains(new EntityName("Zakharov Oleksandr Viacheslavovych", NameKind.StrongAlias), e.Names);
        Assert.Contains(new EntityName("Александр Вячеславович Захаров", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("ЗАХАРОВ Александр Вячеславович", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("Захаров Олександр В'ячеславович", NameKind.OriginalScript), e.Names);
        Assert.Equal(17, e.Names.Length);
        Assert.Equal(5, e.Names.Count(n => n.Kind == NameKind.OriginalScript));
    }

    [Fact]
    public void Load_Zakharov_CollectsTheLinkedSanctionsPrograms()
    {
        var e = Zala(Zakharov);

        // His own program ids, then those of the 13 Sanction records naming him; sanctions without a program id give
        // their program (US SAM "Reciprocal") or, failing that, their authority.
        Assert.Equal(
            ["UA-SA1644", "US-RUSHAR", "NZ-RSA2022", "SECO-UKRAINE", "GB-RUS", "EU-UKR", "Council of the European Union", "The Insolvency Service", "La Principauté de Monaco", "Reciprocal"],
            e.Programs.ToArray());
        Assert.Equal(new DateOnly(2025, 2, 13), e.ListedOn);
        Assert.Contains("\"schema\": \"Sanction\"", e.Raw, StringComparison.Ordinal);
        Assert.Contains("eu-fsf-fca984f109185655c61bb72201265924b6afe734", e.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Zakharov_MapsPersonDetails()
    {
        var e = Zala(Zakharov);

        Assert.Equal([BirthDate.On(new PartialDate(1965, 9, 21))], e.BirthDates.ToArray());
        Assert.Equal(["RU"], e.Nationalities.ToArray());
        Assert.Equal(["RU"], e.Citizenships.ToArray());
        Assert.Equal(["RU"], e.Countries.ToArray());
        Assert.Equal(Gender.Male, e.Gender);
        Assert.Contains(new Place("Izhevsk, Russia"), e.BirthPlaces);
        Assert.Contains(new Place("Russia", "RU"), e.BirthPlaces);
        Assert.Equal(["Propriétaire de LLC CST", "Owner of LLC CST"], e.Titles.ToArray());
        Assert.Equal(
            [
                new Identifier(IdentifierType.TaxId, "183111242406", Label: "Tax number"),
                new Identifier(IdentifierType.Other, "RSCWQEZSPEN9", Label: "SAM UEI"),
                new Identifier(IdentifierType.Other, "M57DAD27NLC8", Label: "SAM UEI"),
            ],
            e.Identifiers.ToArray());
    }

    [Fact]
    public void Load_Zakharov_ResolvesTheAddressRecordAndKeepsOtherAddressText()
    {
        var e = Zala(Zakharov);

        Assert.Equal(
            [
                new Address("272 Pushkinskaya Street, Apt 41", "Izhevsk", PostalCode: "426008", Country: "Russia", CountryCode: "RU"),
                new Address("IZHEVSK, 426008"),
            ],
            e.Addresses.ToArray());
    }

    [Fact]
    public void Load_Zakharov_LinksFamilyOwnershipAndDirectorships()
    {
        var e = Zala(Zakharov);

        Assert.Equal(14, e.Links.Length);
        Assert.Contains(new EntityLink("Family member", "Nikita Aleksandrovich Zakharov", "os:NK-JseaPJctnK9o8wrmz8xmoT"), e.Links);
        Assert.Contains(new EntityLink("Family member", "Maria Aleksandrovna Osetrova", "os:NK-2Tbri3s6GgNtAwsSXh4qpL"), e.Links);
        Assert.Contains(new EntityLink("Director of (Leader or official of)", "LLC CST", LlcCst), e.Links);
        Assert.Contains(new EntityLink("Owner of", "LLC CST", LlcCst), e.Links);
        Assert.Equal(8, e.Links.Count(l => l.Relation == "Owner of"));
        var ids = OpenSanctionsTestData.Zala.Entities.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(e.Links, l => Assert.Contains(l.TargetId!, ids));
    }

    [Fact]
    public void Load_Nikita_LinksBackToHisFather()
    {
        var e = Zala("os:NK-JseaPJctnK9o8wrmz8xmoT");

        Assert.Contains(new EntityLink("Family member (Family member of)", "Alexander Vyacheslavovich ZAKHAROV", Zakharov), e.Links);
    }

    [Fact]
    public void Load_LlcCst_MapsCompanyIdentifiersAndOwners()
    {
        var e = Zala(LlcCst);

        Assert.Equal(Schema.Organization, e.Schema);
        Assert.Equal("LLC CST", e.PrimaryName.Full);
        Assert.Contains(new EntityName("ЗАЛА АЭРО", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("ZALA", NameKind.WeakAlias), e.Names);
        Assert.Contains(new Identifier(IdentifierType.TaxId, "1841015504", Label: "Tax number"), e.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Registration, "1101841007938", Label: "Registration number"), e.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Email, "info@zala.aero", Label: "E-mail"), e.Identifiers);
        Assert.Equal([BirthDate.On(new PartialDate(2010, 12, 24))], e.BirthDates.ToArray());
        Assert.Contains(new EntityLink("Owned by", "Alexander Vyacheslavovich ZAKHAROV", Zakharov), e.Links);
        Assert.Contains("EU-UKR", e.Programs);
    }

    [Fact]
    public void Load_Zala_PassportWithoutNumberAddsNoIdentifier()
    {
        // The one Passport record (gb_fcdo_sanctions) names ZAKHAROV as holder but carries no number.
        Assert.DoesNotContain(Zala(Zakharov).Identifiers, i => i.Type == IdentifierType.Passport);
    }

    [Fact]
    public void Load_T1_Maps4PersonsAnd2Organizations()
    {
        var snapshot = OpenSanctionsTestData.T1;

        Assert.Equal(6, snapshot.Entities.Length);
        Assert.Equal(4, snapshot.CountsBySchema[Schema.Person]);
        Assert.Equal(2, snapshot.CountsBySchema[Schema.Organization]);
        Assert.Equal(new DateTimeOffset(2024, 3, 28, 18, 57, 1, TimeSpan.Zero), snapshot.PublishedAt);
    }

    [Fact]
    public void Load_T1_InterTobaccoKeepsItsMultilingualNames()
    {
        var e = Assert.Single(OpenSanctionsTestData.T1.Entities, e => e.Id == "os:NK-2GdmHtZTeNXjNVrBGEXZNj");

        Assert.Equal("RAB „Inter Tobacco“", e.PrimaryName.Full);
        Assert.Equal(12, e.Names.Length);
        Assert.Contains(new EntityName("Общество с ограниченной ответственностью “Интер Тобако”", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("Εταιρία περιορισμένης ευθύνης “Inter Tobacco”", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("LLC “Inter Tobacco”", NameKind.StrongAlias), e.Names);
        Assert.Equal(new Identifier(IdentifierType.Registration, "808000714", Label: "Registration number"), Assert.Single(e.Identifiers));
        Assert.Equal(["BY"], e.Countries.ToArray());
    }

    [Fact]
    public void Load_T1_Kuzmenko()
    {
        var e = Assert.Single(OpenSanctionsTestData.T1.Entities, e => e.PrimaryName.Full == "Vitaly Yurievich KUZMENKO");

        Assert.Equal("os:NK-2Ka3UvopqbpZmVDFjWd4LA", e.Id);
        Assert.Equal([BirthDate.On(new PartialDate(1971, 1, 22))], e.BirthDates.ToArray());
        Assert.Equal(["General Director of JSC 163 Armor Repair Plant"], e.Titles.ToArray());
        Assert.Contains(new EntityName("Виталий Юрьевич КУЗЬМЕНКО", NameKind.OriginalScript), e.Names);
    }

    [Fact]
    public void Load_FolderWithoutDataFiles_ThrowsFileNotFound()
    {
        // The parent folder holds only sub-folders and SOURCE.md: no data file of its own.
        var source = new OpenSanctionsListSource();

        Assert.False(source.CanLoad(OpenSanctionsTestData.Folder));
        Assert.Throws<FileNotFoundException>(() => source.Load(OpenSanctionsTestData.Folder));
    }

    [Fact]
    public void Load_FolderWithTwoFiles_ResolvesRelationsAcrossThem()
    {
        var folder = Directory.CreateTempSubdirectory("vigil-os-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.json"), """{"id": "p1", "schema": "Person", "caption": "John Doe", "properties": {"name": ["John Doe"]}}""");
            File.WriteAllText(Path.Combine(folder.FullName, "b.jsonl"), """{"id": "s1", "schema": "Sanction", "properties": {"entity": ["p1"], "programId": ["XX-TEST"]}}""");

            var snapshot = new OpenSanctionsListSource().Load(folder.FullName);

            Assert.Equal(["XX-TEST"], Assert.Single(snapshot.Entities).Programs.ToArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void CanLoad_DataFolderAndFile_True()
    {
        var source = new OpenSanctionsListSource();

        Assert.True(source.CanLoad(OpenSanctionsTestData.ZalaFolder));
        Assert.True(source.CanLoad(OpenSanctionsTestData.T1File));
        Assert.False(source.CanLoad(Path.Combine(OpenSanctionsTestData.Folder, "SOURCE.md")));
    }

    [Fact]
    public void KnownSources_All_IncludesTheOpenSanctionsSource()
    {
        Assert.Single(KnownSources.All, s => s.Code == ListSources.OpenSanctions);
    }
}
