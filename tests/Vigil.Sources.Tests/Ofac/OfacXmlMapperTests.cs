using Vigil.Model;
using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>sdn.xml mapped to entities, through the SDN source, on the hand-written fixture.</summary>
public sealed class OfacXmlMapperTests
{
    private static readonly Lazy<OfacLoadResult> Loaded = new(() => new OfacSdnSource().LoadWithReport(OfacTestData.XmlFolder));

    private static SanctionsEntity Entity(string id) => Assert.Single(Loaded.Value.Snapshot.Entities, e => e.Id == id);

    [Fact]
    public void Load_XmlFolder_TakesPublishDateHashAndCounts()
    {
        var (snapshot, report) = Loaded.Value;
        var file = Path.Combine(OfacTestData.XmlFolder, "sdn.xml");

        Assert.Equal(new DateTimeOffset(2024, 6, 27, 0, 0, 0, TimeSpan.Zero), snapshot.PublishedAt);
        Assert.Equal(ContentHash.OfFiles([file]), snapshot.ContentHash);
        Assert.Equal(Path.GetFullPath(file), snapshot.Origin);
        Assert.Equal(5, snapshot.Entities.Length);
        Assert.Equal(("xml", 5, 5), (report.Format, report.Entries, report.StatedRecordCount!.Value));
        Assert.Equal(["sdn.xml"], report.Files.ToArray());
    }

    [Fact]
    public void Load_XmlPerson_MapsNamePartsIdsDatesAndPlaces()
    {
        var maduro = Entity("ofac-sdn:22790");

        Assert.Equal(new EntityName("MADURO MOROS, Nicolas", NameKind.Primary, Given: "Nicolas", Family: "MADURO MOROS"), maduro.PrimaryName);
        Assert.Equal([new Identifier(IdentifierType.Cedula, "5892464", "VE", "Cedula No.")], maduro.Identifiers.ToArray());
        Assert.Equal(Gender.Male, maduro.Gender);
        Assert.Equal([BirthDate.On(new PartialDate(1962, 11, 23))], maduro.BirthDates.ToArray());
        Assert.Equal([new Place("Caracas, Venezuela", "VE")], maduro.BirthPlaces.ToArray());
        Assert.Equal(["VE"], maduro.Citizenships.ToArray());
        Assert.Equal(["President of the Bolivarian Republic of Venezuela"], maduro.Titles.ToArray());
        Assert.Equal(new Address(City: "Caracas", Region: "Capital District", Country: "Venezuela", CountryCode: "VE"), Assert.Single(maduro.Addresses));
    }

    [Fact]
    public void Load_XmlOrganisation_MapsAliasCategoriesStreetLinesAndRemarksLink()
    {
        var exCle = Entity("ofac-sdn:30421");

        Assert.Contains(new EntityName("EX-CLE C.A.", NameKind.StrongAlias), exCle.Names);
        Assert.Contains(new EntityName("EX-CLE", NameKind.WeakAlias), exCle.Names);
        Assert.Equal("Municipio Libertador, Parroquia Catedral, Edificio Bompland", exCle.Addresses[0].Street);
        Assert.Equal("Estado Miranda", exCle.Addresses[1].Region);
        Assert.Equal([new Identifier(IdentifierType.TaxId, "J407882333", "VE", "RIF #")], exCle.Identifiers.ToArray());
        Assert.Equal([new EntityLink("Linked To", "MADURO MOROS, Nicolas", "ofac-sdn:22790")], exCle.Links.ToArray());
    }

    [Fact]
    public void Load_XmlVessel_MapsImoVesselInfoAndFormerNames()
    {
        var artavil = Entity("ofac-sdn:15036");

        Assert.Equal(Schema.Vessel, artavil.Schema);
        Assert.Equal(
            [
                new Identifier(IdentifierType.CallSign, "T2EU4", Label: "Call Sign"),
                new Identifier(IdentifierType.Imo, "9187629", Label: "Vessel Registration Identification"),
                new Identifier(IdentifierType.Mmsi, "572469210", Label: "MMSI"),
            ],
            artavil.Identifiers.ToArray());
        Assert.Equal(["IR"], artavil.Countries.ToArray());
        Assert.Equal([new EntityLink("Vessel Owner", "NATIONAL IRANIAN TANKER COMPANY", "ofac-sdn:15117")], artavil.Links.ToArray());
        Assert.Equal(
            [NameKind.Primary, NameKind.FormerName, NameKind.FormerName],
            artavil.Names.Select(n => n.Kind).ToArray());
    }

    [Fact]
    public void Load_XmlIds_KeepUnknownWordingsAsOtherAndDropFeatures()
    {
        var andreyev = Entity("ofac-sdn:29703");

        Assert.Equal(
            [
                new Identifier(IdentifierType.CryptoAddress, "1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3", Label: "Digital Currency Address - XBT"),
                new Identifier(IdentifierType.Email, "antonandreyv@gmail.com", Label: "Email Address"),
                new Identifier(IdentifierType.Passport, "717637093", "RU", "Passport", "issued 01 Feb 2015 expires 01 Feb 2025"),
                new Identifier(IdentifierType.Other, "TP-0042", "RU", "Travel Permit No."),
            ],
            andreyev.Identifiers.ToArray());
        Assert.Equal([BirthDate.On(new PartialDate(1985, 3, 3)), BirthDate.On(new PartialDate(1984), circa: true)], andreyev.BirthDates.ToArray());
        Assert.Equal(["RU"], andreyev.Nationalities.ToArray());
        Assert.Contains(new EntityName("ANDREEV, Anton", NameKind.StrongAlias, Given: "Anton", Family: "ANDREEV"), andreyev.Names);
    }

    [Fact]
    public void Load_XmlEstablishmentDate_IsTheOrganisationsBirthDate()
    {
        var nitc = Entity("ofac-sdn:15117");

        Assert.Equal([BirthDate.On(new PartialDate(1955))], nitc.BirthDates.ToArray());
        Assert.Equal(["IRAN", "SDGT", "IFSR", "IFCA"], nitc.Programs.ToArray());
    }

    [Fact]
    public void Load_ConsolidatedXml_UsesTheConsolidatedCode()
    {
        using var folder = new TempFolder();
        folder.Copy(Path.Combine(OfacTestData.XmlFolder, "sdn.xml"), "consolidated.xml");

        var snapshot = new OfacConsolidatedSource().Load(folder.Path);

        Assert.Equal(ListSources.OfacConsolidated, snapshot.Source);
        Assert.Contains(snapshot.Entities, e => e.Id == "ofac-cons:22790");
    }

    [Fact]
    public void Load_BadPublishDate_ThrowsListFormatException()
    {
        using var folder = new TempFolder();
        folder.Write("sdn.xml", "<sdnList><publshInformation><Publish_Date>2024-06-27</Publish_Date></publshInformation><sdnEntry><uid>1</uid><lastName>A</lastName></sdnEntry></sdnList>");

        var ex = Assert.Throws<ListFormatException>(() => new OfacSdnSource().Load(folder.Path));

        Assert.Equal("element Publish_Date", ex.Location);
    }
}
