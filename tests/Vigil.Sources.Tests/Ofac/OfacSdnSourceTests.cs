using Vigil.Model;
using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The SDN source over the real bundled June 2024 files and the 2019 and 2021 sets.</summary>
public sealed class OfacSdnSourceTests
{
    private static ListSnapshot Sdn => OfacTestData.Sdn.Snapshot;

    private static SanctionsEntity Entity(string id) => Assert.Single(Sdn.Entities, e => e.Id == id);

    [Fact]
    public void Load_BundledJune2024_HasOfficialCountsBySchema()
    {
        var counts = Sdn.CountsBySchema;

        Assert.Equal(15_402, Sdn.Entities.Length);
        Assert.Equal(7_252, counts[Schema.Organization]);
        Assert.Equal(6_915, counts[Schema.Person]);
        Assert.Equal(861, counts[Schema.Vessel]);
        Assert.Equal(374, counts[Schema.Aircraft]);
        Assert.False(counts.ContainsKey(Schema.LegalEntity));
    }

    [Fact]
    public void Load_BundledJune2024_DescribesTheSnapshot()
    {
        var files = new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" }.Select(f => Path.Combine(OfacTestData.SdnFolder, f));

        Assert.Equal(ListSources.OfacSdn, Sdn.Source);
        Assert.Null(Sdn.PublishedAt);
        Assert.Equal(Path.GetFullPath(OfacTestData.SdnFolder), Sdn.Origin);
        Assert.Equal(ContentHash.OfFiles(files), Sdn.ContentHash);
        Assert.Equal(15_402, Sdn.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Sdn.Entities, e => Assert.Equal("ofac-sdn:" + e.SourceId, e.Id));
    }

    [Fact]
    public void LoadWithReport_BundledJune2024_CountsRowsAndSetsAsideTheStaleOverflow()
    {
        var report = OfacTestData.Sdn.Report;

        Assert.Equal("csv", report.Format);
        Assert.Equal(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"], report.Files.ToArray());
        Assert.Equal(20_871, report.AddressRows);
        Assert.Equal(18_335, report.AlternateNameRows);
        Assert.Equal(20, report.CommentRows);
        Assert.Equal(0, report.OrphanAddressRows);
        Assert.Equal(0, report.OrphanAlternateNameRows);
        Assert.Equal(0, report.OrphanCommentRows);

        // 34682's June 2024 remarks are complete (947 characters); its January 2025 overflow row is not appended.
        Assert.Equal(1, report.StaleCommentRows);
        Assert.DoesNotContain("(Russia).67328", Entity("ofac-sdn:34682").Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Maduro_ParsesNameDobCedulaAndAddress()
    {
        var maduro = Entity("ofac-sdn:22790");

        Assert.Equal(Schema.Person, maduro.Schema);
        Assert.Equal(new EntityName("MADURO MOROS, Nicolas", NameKind.Primary, Given: "Nicolas", Family: "MADURO MOROS"), maduro.PrimaryName);
        Assert.Single(maduro.Names); // No alias in alt.csv or remarks.
        Assert.Equal([BirthDate.On(new PartialDate(1962, 11, 23))], maduro.BirthDates.ToArray());
        Assert.Equal([new Place("Caracas, Venezuela", "VE")], maduro.BirthPlaces.ToArray());
        Assert.Equal(["VE"], maduro.Citizenships.ToArray());
        Assert.Equal(Gender.Male, maduro.Gender);
        Assert.Equal([new Identifier(IdentifierType.Cedula, "5892464", "VE", "Cedula No.")], maduro.Identifiers.ToArray());
        Assert.Equal(["VENEZUELA", "IRAN-CON-ARMS-EO"], maduro.Programs.ToArray());
        Assert.Equal(["President of the Bolivarian Republic of Venezuela"], maduro.Titles.ToArray());
        var address = Assert.Single(maduro.Addresses);
        Assert.Equal("Caracas, Capital District", address.City);
        Assert.Equal("VE", address.CountryCode);
        Assert.StartsWith("22790,\"MADURO MOROS, Nicolas\",\"individual\"", maduro.Raw, StringComparison.Ordinal);
        Assert.Contains("22790,34442,-0- ,\"Caracas, Capital District\",\"Venezuela\",-0- ", maduro.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExCle_HasAliasesAddressesRifAndLinkToMaduro()
    {
        var exCle = Entity("ofac-sdn:30421");

        Assert.Equal(Schema.Organization, exCle.Schema);
        Assert.Equal("EX-CLE SOLUCIONES BIOMETRICAS C.A.", exCle.PrimaryName.Full);
        Assert.Null(exCle.PrimaryName.Family);
        Assert.Contains(new EntityName("EX-CLE C.A.", NameKind.StrongAlias), exCle.Names);
        Assert.Contains(new EntityName("EX-CLE", NameKind.WeakAlias), exCle.Names);
        Assert.Equal(2, exCle.Addresses.Length);
        Assert.All(exCle.Addresses, a =>
        {
            Assert.StartsWith("Caracas", a.City, StringComparison.Ordinal);
            Assert.Equal("VE", a.CountryCode);
        });
        Assert.Equal([new Identifier(IdentifierType.TaxId, "J407882333", "VE", "RIF #")], exCle.Identifiers.ToArray());
        Assert.Equal([new EntityLink("Linked To", "MADURO MOROS, Nicolas", "ofac-sdn:22790")], exCle.Links.ToArray());
        Assert.Equal(["VENEZUELA"], exCle.Programs.ToArray());
    }

    [Fact]
    public void Load_LinkNameEndingTheRemarks_KeepsItsFullStopAndResolves()
    {
        // "…; Linked To: EX-CLE SOLUCIONES BIOMETRICAS C.A." — the field's full stop is also the name's.
        var sanAgustin = Entity("ofac-sdn:30423");

        Assert.Equal([new EntityLink("Linked To", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", "ofac-sdn:30421")], sanAgustin.Links.ToArray());
        Assert.Equal(["AR", "IT"], sanAgustin.Nationalities.ToArray());
        Assert.Contains(new Identifier(IdentifierType.Passport, "AA2196839", "IT", "Passport", "expires 26 Jun 2018"), sanAgustin.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Cedula, "E-84424403", "VE", "Cedula No."), sanAgustin.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Cedula, "24498939", "AR", "Cedula No."), sanAgustin.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.TaxId, "20-24498939-0", "AR", "C.U.I.T."), sanAgustin.Identifiers);
    }

    [Fact]
    public void Load_Vessel_HasImoMmsiCallSignFlagAndFormerNames()
    {
        var artavil = Entity("ofac-sdn:15036");
        var nitc = Assert.Single(Sdn.Entities, e => e.PrimaryName.Full == "NATIONAL IRANIAN TANKER COMPANY");

        Assert.Equal(Schema.Vessel, artavil.Schema);
        Assert.Contains(new Identifier(IdentifierType.Imo, "9187629", Label: "Vessel Registration Identification"), artavil.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Mmsi, "572469210", Label: "MMSI"), artavil.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.CallSign, "T2EU4", Label: "Call Sign"), artavil.Identifiers);
        Assert.Equal(["IR"], artavil.Countries.ToArray());
        Assert.Contains(new EntityName("ABADAN", NameKind.FormerName), artavil.Names);
        Assert.Contains(new EntityName("SHONA", NameKind.FormerName), artavil.Names);
        Assert.Contains(new EntityName("ALPHA", NameKind.FormerName), artavil.Names);
        Assert.Equal([new EntityLink("Linked To", "NATIONAL IRANIAN TANKER COMPANY", nitc.Id)], artavil.Links.ToArray());
    }

    [Fact]
    public void Load_VesselOwnerWithoutListing_StaysAnUnresolvedLink()
    {
        var dino = Entity("ofac-sdn:15904");

        Assert.Equal(["IR"], dino.Countries.ToArray());
        Assert.Contains(new EntityLink("Vessel Owner", "NITC"), dino.Links);
        Assert.DoesNotContain(Sdn.Entities, e => e.PrimaryName.Full == "NITC");
    }

    [Fact]
    public void Load_CryptoAddresses_IncludeTheOnesInTheRemarksOverflow()
    {
        var andreyev = Entity("ofac-sdn:29703");

        Assert.Contains(new Identifier(IdentifierType.CryptoAddress, "1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3", Label: "Digital Currency Address - XBT"), andreyev.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Email, "antonandreyv@gmail.com", Label: "Email Address"), andreyev.Identifiers);

        // The ETH address starts at the end of sdn.csv's 1,000 characters and ends in sdn_comments.csv.
        Assert.Contains(new Identifier(IdentifierType.CryptoAddress, "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c", Label: "Digital Currency Address - ETH"), andreyev.Identifiers);
        Assert.True(andreyev.Remarks!.Length > 1000);
        Assert.Contains("\n29703,\"s - ETH", andreyev.Raw, StringComparison.Ordinal);
        Assert.Equal(12, andreyev.Identifiers.Count(i => i.Type == IdentifierType.CryptoAddress && i.Label == "Digital Currency Address - XBT"));
    }

    [Fact]
    public void Load_QuotedRemarksAliases_AreWeakAndAltCsvAliasesStrong()
    {
        // The dataspec's own example of weak aliases.
        var allane = Entity("ofac-sdn:8219");

        Assert.Equal(
            ["ABU AL-FOUTOUH", "BOULAHIA", "HASSAN THE OLD"],
            allane.Names.Where(n => n.Kind == NameKind.WeakAlias).Select(n => n.Full).ToArray());
        Assert.Contains(new EntityName("ABDELHAY, al-Sheikh", NameKind.StrongAlias, Given: "al-Sheikh", Family: "ABDELHAY"), allane.Names);
        Assert.Equal([BirthDate.On(new PartialDate(1941, 1, 17))], allane.BirthDates.ToArray());
        Assert.Equal("DZ", Assert.Single(allane.BirthPlaces).CountryCode);
        Assert.Empty(allane.Addresses); // add.csv has only an all-null row for it.
    }

    [Fact]
    public void Load_Aircraft_HasSerialNumbersAndOperatorLink()
    {
        var aircraft = Entity("ofac-sdn:15432");

        Assert.Equal(Schema.Aircraft, aircraft.Schema);
        Assert.Contains(new Identifier(IdentifierType.AircraftSerial, "1013409297", Label: "Aircraft Manufacturer's Serial Number (MSN)"), aircraft.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.AircraftSerial, "8305", Label: "Aircraft Construction Number (also called L/N or S/N or F/N)"), aircraft.Identifiers);
        Assert.Equal("POUYA AIR", Assert.Single(aircraft.Links).Name);
    }

    [Fact]
    public void Load_ResolvedLinks_PointAtEntitiesOfTheSameList()
    {
        var ids = Sdn.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var resolved = Sdn.Entities.SelectMany(e => e.Links).Where(l => l.TargetId is not null).ToList();

        Assert.True(resolved.Count > 5_000, $"only {resolved.Count} links resolved");
        Assert.All(resolved, l => Assert.Contains(l.TargetId!, ids));
        Assert.Equal(resolved.Count, OfacTestData.Sdn.Report.ResolvedLinks);
    }

    [Fact]
    public void Load_EveryEntity_KeepsRawAndParsedStructure()
    {
        Assert.All(Sdn.Entities, e => Assert.StartsWith(e.SourceId + ",", e.Raw, StringComparison.Ordinal));
        Assert.True(Sdn.Entities.Count(e => !e.BirthDates.IsEmpty) > 6_000);
        Assert.True(Sdn.Entities.Count(e => e.Identifiers.Any(i => i.Type == IdentifierType.Imo)) > 800);
        Assert.True(Sdn.Entities.Sum(e => e.Identifiers.Count(i => i.Type == IdentifierType.CryptoAddress)) > 400);
        Assert.All(Sdn.Entities.SelectMany(e => e.Nationalities.Concat(e.Citizenships).Concat(e.Countries)), c => Assert.Matches("^[A-Z]{2}$", c));
    }

    [Fact]
    public void Load_January2019Set_Has7379EntriesWithMaduroAndWithoutExCle()
    {
        var snapshot = new OfacSdnSource().Load(OfacTestData.Sdn2019Folder);

        Assert.Equal(7_379, snapshot.Entities.Length);
        Assert.Contains(snapshot.Entities, e => e.Id == "ofac-sdn:22790");
        Assert.DoesNotContain(snapshot.Entities, e => e.Id == "ofac-sdn:30421");
    }

    [Fact]
    public void Load_July2021Set_Has8976EntriesAndAppendsEveryOverflowRow()
    {
        var result = new OfacSdnSource().LoadWithReport(OfacTestData.Sdn2021Folder);
        var counts = result.Snapshot.CountsBySchema;
        var exCle = Assert.Single(result.Snapshot.Entities, e => e.Id == "ofac-sdn:30421");

        Assert.Equal(8_976, result.Snapshot.Entities.Length);
        Assert.Equal(3_673, counts[Schema.Organization]);
        Assert.Equal(4_620, counts[Schema.Person]);
        Assert.Equal(406, counts[Schema.Vessel]);
        Assert.Equal(277, counts[Schema.Aircraft]);
        Assert.Equal(5, result.Report.CommentRows);
        Assert.Equal(0, result.Report.StaleCommentRows);
        Assert.Contains(new EntityName("EX-CLE C.A.", NameKind.StrongAlias), exCle.Names);
        Assert.Equal("ofac-sdn:22790", Assert.Single(exCle.Links).TargetId);
    }

    [Fact]
    public void CanLoad_FolderOrPrimaryFile_IsTrueAndOtherPathsFalse()
    {
        var source = new OfacSdnSource();

        Assert.True(source.CanLoad(OfacTestData.SdnFolder));
        Assert.True(source.CanLoad(Path.Combine(OfacTestData.SdnFolder, "sdn.csv")));
        Assert.True(source.CanLoad(OfacTestData.XmlFolder));
        Assert.False(source.CanLoad(Path.Combine(OfacTestData.SdnFolder, "add.csv")));
        Assert.False(source.CanLoad(OfacTestData.ConsolidatedFolder));
        Assert.False(source.CanLoad(Path.Combine(OfacTestData.SdnFolder, "no-such-folder")));
        Assert.False(source.CanLoad(" "));
    }

    [Fact]
    public void KnownSources_All_RegistersBothOfacLists()
    {
        Assert.IsType<OfacSdnSource>(ListCatalog.Default.Find(ListSources.OfacSdn));
        Assert.IsType<OfacConsolidatedSource>(ListCatalog.Default.Find(ListSources.OfacConsolidated));
    }
}
