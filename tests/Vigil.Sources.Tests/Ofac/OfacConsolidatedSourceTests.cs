using Vigil.Model;
using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The consolidated (non-SDN) source over the real bundled December 2025 files.</summary>
public sealed class OfacConsolidatedSourceTests
{
    private static ListSnapshot Cons => OfacTestData.Consolidated.Snapshot;

    private static SanctionsEntity Entity(string id) => Assert.Single(Cons.Entities, e => e.Id == id);

    [Fact]
    public void Load_BundledDecember2025_Has442Entries()
    {
        var counts = Cons.CountsBySchema;

        Assert.Equal(442, Cons.Entities.Length);
        Assert.Equal(363, counts[Schema.Organization]);
        Assert.Equal(79, counts[Schema.Person]);
        Assert.Equal(ListSources.OfacConsolidated, Cons.Source);
        Assert.Null(Cons.PublishedAt);
        Assert.All(Cons.Entities, e => Assert.StartsWith("ofac-cons:", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadWithReport_BundledDecember2025_JoinsEveryRow()
    {
        var report = OfacTestData.Consolidated.Report;
        var files = report.Files.Select(f => Path.Combine(OfacTestData.ConsolidatedFolder, f));

        Assert.Equal(["cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"], report.Files.ToArray());
        Assert.Equal(574, report.AddressRows);
        Assert.Equal(1_073, report.AlternateNameRows);
        Assert.Equal(10, report.CommentRows);
        Assert.Equal(0, report.OrphanAddressRows + report.OrphanAlternateNameRows + report.OrphanCommentRows + report.StaleCommentRows);
        Assert.Equal(ContentHash.OfFiles(files), Cons.ContentHash);
    }

    [Fact]
    public void Load_Haniya_HasYearOfBirthPlaceAndAliases()
    {
        var haniya = Entity("ofac-cons:9639");

        Assert.Equal(new EntityName("HANIYA, Ismail Abdul Salah", NameKind.Primary, Given: "Ismail Abdul Salah", Family: "HANIYA"), haniya.PrimaryName);
        Assert.Equal([BirthDate.On(new PartialDate(1962))], haniya.BirthDates.ToArray());
        Assert.Equal([new Place("Shati")], haniya.BirthPlaces.ToArray());
        Assert.Contains(new EntityName("HANIYYA, Ismaeel", NameKind.StrongAlias, Given: "Ismaeel", Family: "HANIYYA"), haniya.Names);
        Assert.Equal(["NS-PLC"], haniya.Programs.ToArray());
    }

    [Fact]
    public void Load_Martelly_HasIdsWeakAliasAndAddresses()
    {
        var martelly = Entity("ofac-cons:50476");

        Assert.Contains(new EntityName("Sweet Micky", NameKind.WeakAlias), martelly.Names);
        Assert.Contains(new EntityName("MARTELLY, Michael", NameKind.StrongAlias, Given: "Michael", Family: "MARTELLY"), martelly.Names);
        Assert.Contains(new Identifier(IdentifierType.NationalId, "0032768386", "HT", "National ID No."), martelly.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Other, "M634550610520", "US", "Driver's License No."), martelly.Identifiers);
        Assert.Equal(["HT"], martelly.Nationalities.ToArray());
        Assert.Equal((IEnumerable<string?>)["US", "HT", "HT", "DO"], martelly.Addresses.Select(a => a.CountryCode));
    }

    [Fact]
    public void Load_Gazprombank_ReadsIdentifiersFromTheRemarksOverflow()
    {
        var gazprombank = Entity("ofac-cons:17016");

        Assert.Contains(new Identifier(IdentifierType.SwiftBic, "GAZPRUMM", Label: "SWIFT/BIC"), gazprombank.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.TaxId, "7744001497", "RU", "Tax ID No."), gazprombank.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Registration, "1027700167110", "RU", "Registration Number"), gazprombank.Identifiers);
        Assert.Equal([BirthDate.On(new PartialDate(1990, 7, 31))], gazprombank.BirthDates.ToArray());
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], gazprombank.Programs.ToArray());
        Assert.Contains("Secondary sanctions risk", gazprombank.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void CanLoad_ConsolidatedFolder_IsTrueAndSdnFolderFalse()
    {
        var source = new OfacConsolidatedSource();

        Assert.True(source.CanLoad(OfacTestData.ConsolidatedFolder));
        Assert.False(source.CanLoad(OfacTestData.SdnFolder));
    }
}
