using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// A listed person's passport number given with another name: OFAC and the UN list passport 27082171 (US) for Abdul
/// Rahman YASIN. Screened by name alone, "John Smith" finds neither; with the number both, scored as the identifier.
/// </summary>
public sealed class IdentifierScreeningTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Fact]
    public void Screen_ListedPassportUnderAnotherName_FindsEveryListingOfItsHolder()
    {
        var query = new ScreeningQuery { Name = "John Smith", Schema = Schema.Person, Identifiers = [new Identifier(IdentifierType.Passport, "27082171")] };
        Assert.DoesNotContain(screener.Screen(query with { Identifiers = [] }), h => h.Entity.Id is "ofac-sdn:6931" or "un-sc:QDi.037");

        var hits = screener.Screen(query).Where(h => h.Entity.Id is "ofac-sdn:6931" or "un-sc:QDi.037").ToList();

        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.True(h.IsMatch && h.Score >= 0.98, $"{h.Entity.Id} {h.Score:0.000}"));
        Assert.All(hits, h => Assert.Contains(h.Explanation.Evidence, e => e.Feature == "identifier decides"));
    }

    // The explanation names the identifier as the list does ("Digital Currency Address - XBT"), not by Vigil's enum.
    [Fact]
    public void Screen_ListedWallet_ExplainsItInTheListsWords()
    {
        var query = new ScreeningQuery { Name = string.Empty, Identifiers = [new Identifier(IdentifierType.CryptoAddress, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")] };

        var hit = Assert.Single(screener.Screen(query));

        Assert.Equal("ofac-sdn:25308", hit.Entity.Id);
        Assert.Contains(hit.Explanation.Evidence, e => e.Detail.StartsWith("Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h is listed for this person", StringComparison.Ordinal));
        Assert.Contains(hit.Explanation.Evidence, e => e.Detail == "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h matches");
        Assert.DoesNotContain(hit.Explanation.Evidence, e => e.Detail.Contains("CryptoAddress", StringComparison.Ordinal));
    }

    // Without the source's words, the type's name in words; a query's number against another listed one of its kind.
    [Fact]
    public void Screen_DifferentTaxNumber_ExplainsTheConflictInWords()
    {
        var query = new ScreeningQuery { Name = "Ex-Cle Soluciones Biometricas", Identifiers = [new Identifier(IdentifierType.TaxId, "J-00000000-0")] };

        var hit = screener.Screen(query).First(h => h.Entity.Id == "ofac-sdn:30421");

        Assert.Contains(hit.Explanation.Evidence, e => e.Detail.StartsWith("Tax ID J-00000000-0 differs from listed", StringComparison.Ordinal));
        Assert.Equal("Tax ID J-00000000-0 (VE)", new Identifier(IdentifierType.TaxId, "J-00000000-0", "VE").ToString());
        Assert.Equal("RIF # J-00000000-0", new Identifier(IdentifierType.TaxId, "J-00000000-0", Label: "RIF #").ToString());
    }

    [Fact]
    public void Screen_SameNumberIssuedElsewhere_IsNoResult()
    {
        var query = new ScreeningQuery { Name = "John Smith", Schema = Schema.Person, Identifiers = [new Identifier(IdentifierType.Passport, "27082171", "GB")] };
        Assert.DoesNotContain(screener.Screen(query), h => h.Entity.Id == "ofac-sdn:6931");
    }

    [Fact]
    public void Screen_PassportAloneWithoutAName_FindsItsHolder()
    {
        // A batch row with a passport column and no name.
        var query = new ScreeningQuery { Name = string.Empty, Identifiers = [new Identifier(IdentifierType.Passport, "27082171")] };
        var hits = screener.Screen(query);
        Assert.Equal(["ofac-sdn:6931", "un-sc:QDi.037"], hits.Select(h => h.Entity.Id).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.True(h.IsMatch));
    }

    [Fact]
    public void Screen_KycRowWithAShortPassportNumberAndItsCountry_FindsItsHolder()
    {
        // Six digits identify the holder only with the issuing country: OFAC and the UN list passport 541939 (YE).
        using var reader = new CsvBatchReader(new MemoryStream("id,name,id_type,id_number,id_country\n1,John Smith,passport,541939,Yemen\n2,John Smith,passport,541939,\n"u8.ToArray()), "kyc.csv");
        var rows = reader.ReadRows().ToList();

        var withCountry = screener.Screen(rows[0].Query!);
        Assert.Equal(["ofac-sdn:6939", "un-sc:QDi.020"], withCountry.Where(h => h.IsMatch).Select(h => h.Entity.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(screener.Screen(rows[1].Query!), h => h.Entity.Id is "ofac-sdn:6939" or "un-sc:QDi.020");
    }

    [Fact]
    public void Screen_AircraftByItsRegistrationMark_FindsItWhateverItsName()
    {
        // OFAC lists the aircraft "MSN 391" with registration mark EP-MMH: five characters, shorter than any other
        // identifier looked up, yet one airframe.
        var query = new ScreeningQuery { Name = "Airbus A300 leased to Mahan", Schema = Schema.Aircraft, Identifiers = [new Identifier(IdentifierType.AircraftTailNumber, "EPMMH")] };
        var hit = Assert.Single(screener.Screen(query), h => h.Entity.Id == "ofac-sdn:18150");
        Assert.True(hit.IsMatch);
        Assert.Contains(hit.Explanation.Evidence, e => e.Feature == "identifier decides");
    }
}
