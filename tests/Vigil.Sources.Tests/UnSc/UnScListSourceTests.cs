using Vigil.Model;
using Vigil.Sources.UnSc;

namespace Vigil.Sources.Tests.UnSc;

/// <summary>The UN source over the real bundled list of 27 February 2026.</summary>
public sealed class UnScListSourceTests
{
    private static ListSnapshot Snapshot => UnScTestData.Snapshot;

    private static SanctionsEntity Entity(string id) => UnScTestData.Entity(id);

    [Fact]
    public void Load_BundledList_Has730IndividualsAnd273Entities()
    {
        var counts = Snapshot.CountsBySchema;

        Assert.Equal(1_003, Snapshot.Entities.Length);
        Assert.Equal(730, counts[Schema.Person]);
        Assert.Equal(273, counts[Schema.Organization]);
        Assert.Equal(2, counts.Count);
    }

    [Fact]
    public void Load_BundledList_DescribesTheSnapshot()
    {
        Assert.Equal(ListSources.UnSecurityCouncil, Snapshot.Source);
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), Snapshot.PublishedAt);
        Assert.Equal(Path.GetFullPath(UnScTestData.Folder), Snapshot.Origin);
        Assert.Equal(ContentHash.OfFiles([UnScTestData.File]), Snapshot.ContentHash);
        Assert.Equal("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf", Snapshot.ContentHash);
    }

    [Fact]
    public void Load_BundledList_IdsAreSourcePrefixedReferenceNumbers()
    {
        Assert.All(Snapshot.Entities, e => Assert.Equal("un-sc:" + e.SourceId, e.Id));
        Assert.Equal(1_003, Snapshot.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Snapshot.Entities, e => Assert.Equal(NameKind.Primary, e.PrimaryName.Kind));
        Assert.All(Snapshot.Entities, e => Assert.StartsWith("<", e.Raw, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_QDi001_MapsNamesScriptsAndAliasQualities()
    {
        var e = Entity("un-sc:QDi.001");

        Assert.Equal(Schema.Person, e.Schema);
        Assert.Equal(new EntityName("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE", NameKind.Primary, "MOHAMMED", "ZIDANE", "SALAHALDIN ABD EL HALIM"), e.PrimaryName);
        Assert.Contains(new EntityName("محمد صلاح الدين عبدالحليم زيدان", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("Sayf-Al Adl", NameKind.StrongAlias), e.Names);
        Assert.Contains(new EntityName("Ibrahim al-Madani", NameKind.WeakAlias), e.Names);
        Assert.Contains(new EntityName("Seif al Adel", NameKind.WeakAlias), e.Names);
        Assert.Equal(7, e.Names.Length);
    }

    [Fact]
    public void Load_QDi001_MapsDatesPlacesNationalityAndListing()
    {
        var e = Entity("un-sc:QDi.001");

        Assert.Equal([BirthDate.On(new PartialDate(1963, 4, 11)), BirthDate.On(new PartialDate(1960, 4, 11))], e.BirthDates.ToArray());
        Assert.Equal([new Place("Monufia Governate, Egypt", "EG")], e.BirthPlaces.ToArray());
        Assert.Equal(["EG"], e.Nationalities.ToArray());
        Assert.Equal(["Al-Qaida"], e.Programs.ToArray());
        Assert.Equal(new DateOnly(2001, 1, 25), e.ListedOn);
        Assert.StartsWith("Responsible for Usama bin Laden", e.Remarks, StringComparison.Ordinal);
        Assert.Contains("<REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>", e.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TAi011_MapsFourNamePartsTitlesCircaDateAndPassport()
    {
        var e = Entity("un-sc:TAi.011");

        Assert.Equal(new EntityName("AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED", NameKind.Primary, "AKHTAR", "SHAH MOHAMMED", "MOHAMMAD MANSOUR"), e.PrimaryName);
        Assert.Contains(new EntityName("اختر محمد منصور شاه محمد", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("Naib Imam", NameKind.WeakAlias), e.Names);
        Assert.Equal(["Maulavi", "Mullah", "Minister of Civil Aviation and Transportation under the Taliban regime"], e.Titles.ToArray());
        Assert.Equal([BirthDate.On(new PartialDate(1960), circa: true), BirthDate.On(new PartialDate(1966))], e.BirthDates.ToArray());
        var passport = Assert.Single(e.Identifiers);
        Assert.Equal(IdentifierType.Passport, passport.Type);
        Assert.Equal("SE-011697", passport.Value);
        Assert.Equal("AF", passport.CountryCode);
        Assert.Equal("SE011697", passport.Key);
        Assert.Equal("expired on 23 Feb. 2000, issued 1988-01-25, Kabul", passport.Note);
        Assert.Equal(["Taliban"], e.Programs.ToArray());
    }

    [Fact]
    public void Load_QDi314_MapsBetweenYearsAsRange()
    {
        var e = Entity("un-sc:QDi.314");

        Assert.Equal([BirthDate.Between(new PartialDate(1977), new PartialDate(1982))], e.BirthDates.ToArray());
        Assert.Equal(["ML"], e.Nationalities.ToArray());
        Assert.Equal(4, e.Addresses.Length);
        Assert.All(e.Addresses, a => Assert.Equal("ML", a.CountryCode));
        Assert.Contains(new Address(City: "Gao", Country: "Mali", CountryCode: "ML"), e.Addresses);
    }

    [Fact]
    public void Load_QDi356_MapsFemaleGenderPassportAndBirthPlace()
    {
        var e = Entity("un-sc:QDi.356");

        Assert.Equal("AQSA MAHMOOD", e.PrimaryName.Full);
        Assert.Equal(Gender.Female, e.Gender);
        Assert.Equal(["GB"], e.Nationalities.ToArray());
        Assert.Equal([new Place("Glasgow, Scotland, United Kingdom of Great Britain and Northern Ireland", "GB")], e.BirthPlaces.ToArray());
        Assert.Equal(new Identifier(IdentifierType.Passport, "720134834", "GB", "Passport", "expires on 27 Jun. 2022, issued 2012-06-27"), Assert.Single(e.Identifiers));
        Assert.Contains(new Address(Country: "Syrian Arab Republic", CountryCode: "SY", Remarks: "as at Nov. 2013"), e.Addresses);
    }

    [Fact]
    public void Load_KPi016_AddsTheDateOfBirthGivenOnAnAlias()
    {
        var e = Entity("un-sc:KPi.016");

        Assert.Equal([BirthDate.On(new PartialDate(1957, 4, 15)), BirthDate.On(new PartialDate(1958, 2, 22))], e.BirthDates.ToArray());
        Assert.Contains(new EntityName("Jang Hyon U", NameKind.StrongAlias), e.Names);
        Assert.Equal(["KP"], e.Nationalities.ToArray());
        Assert.Equal(["Tanchon Commercial Bank Representative in Syria"], e.Titles.ToArray());
    }

    [Fact]
    public void Load_QDe014_MapsEntityFormerNamesAndOriginalScript()
    {
        var e = Entity("un-sc:QDe.014");

        Assert.Equal(Schema.Organization, e.Schema);
        Assert.Equal(new EntityName("THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB"), e.PrimaryName);
        Assert.Contains(new EntityName("تنظيم القا عدة ببلاد المغرب الاسلامي", NameKind.OriginalScript), e.Names);
        Assert.Contains(new EntityName("AQIM", NameKind.StrongAlias), e.Names);
        Assert.Contains(new EntityName("Salafist Group For Call and Combat", NameKind.FormerName), e.Names);
        Assert.Equal(["DZ", "ML", "MR", "MA", "NE", "TN"], e.Addresses.Select(a => a.CountryCode ?? "-"));
        Assert.Empty(e.BirthDates);
        Assert.Equal(new DateOnly(2001, 10, 6), e.ListedOn);
    }

    [Fact]
    public void Load_CDi001_MapsYearOnlyDateAndNationalityName()
    {
        var e = Entity("un-sc:CDi.001");

        Assert.Equal(new EntityName("ERIC BADEGE", NameKind.Primary, "ERIC", "BADEGE"), e.PrimaryName);
        Assert.Equal([BirthDate.On(new PartialDate(1971))], e.BirthDates.ToArray());
        Assert.Equal(["CD"], e.Nationalities.ToArray());
        Assert.Equal(Gender.Male, e.Gender);
        Assert.Equal([new Address(Country: "Rwanda", CountryCode: "RW", Remarks: "as of early 2016")], e.Addresses.ToArray());
        Assert.Empty(e.BirthPlaces);
        Assert.Empty(e.Identifiers);
    }

    [Fact]
    public void Load_SDi001_NotAvailableNationalityIsNotNamibia()
    {
        // The UN writes "na" (not available); read as an ISO code it would be Namibia.
        Assert.Empty(Entity("un-sc:SDi.001").Nationalities);
    }

    [Fact]
    public void Load_QDi352_ListedOnIgnoresTheZoneSuffix()
    {
        // Published as "2015-04-07-04:00".
        Assert.Equal(new DateOnly(2015, 4, 7), Entity("un-sc:QDi.352").ListedOn);
    }

    [Fact]
    public void Load_BundledList_EveryNationalityResolvesToACountryCode()
    {
        // 625 individuals carry a NATIONALITY; only SDi.001's "na" names no country.
        var withNationality = Snapshot.Entities.Count(e => !e.Nationalities.IsEmpty);

        Assert.Equal(624, withNationality);
    }

    [Fact]
    public void CanLoad_ListFolderAndFile_True()
    {
        var source = new UnScListSource();

        Assert.True(source.CanLoad(UnScTestData.Folder));
        Assert.True(source.CanLoad(UnScTestData.File));
        Assert.False(source.CanLoad(UnScTestData.File + ".missing"));
    }

    [Fact]
    public void Load_FolderWithTruncatedFile_ThrowsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("vigil-un-");
        try
        {
            var file = Path.Combine(folder.FullName, "consolidated.xml");
            File.WriteAllBytes(file, File.ReadAllBytes(UnScTestData.File)[..500_000]);
            var source = new UnScListSource();

            Assert.True(source.CanLoad(folder.FullName));
            var ex = Assert.Throws<ListFormatException>(() => source.Load(folder.FullName));
            Assert.Equal(file, ex.File);
            Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_MissingPath_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => new UnScListSource().Load(UnScTestData.File + ".missing"));
    }

    [Fact]
    public void ListCatalog_DataDirectory_LoadsTheBundledUnList()
    {
        var catalog = new ListCatalog([new UnScListSource()]);

        var snapshot = Assert.Single(catalog.LoadDirectory(Path.GetDirectoryName(UnScTestData.Folder)!));

        Assert.Equal(ListSources.UnSecurityCouncil, snapshot.Source);
        Assert.Equal(1_003, snapshot.Entities.Length);
    }

    [Fact]
    public void KnownSources_All_IncludesTheUnSource()
    {
        Assert.Single(KnownSources.All, s => s.Code == ListSources.UnSecurityCouncil);
    }
}
