using System.Text.Json;
using Vigil.Screening.Payments;
using Vigil.Screening.Tests.Text;

namespace Vigil.Screening.Tests.Payments;

/// <summary>Payment screening against the real bundled lists.</summary>
public sealed class PaymentScreenerTests(TextScreenerFixture fixture) : IClassFixture<TextScreenerFixture>
{
    private readonly PaymentScreener screener = fixture.Payments;

    [Theory]
    [InlineData("Payments/pacs008-clean.xml")]
    [InlineData("Payments/mt103-clean.txt")]
    public void Screen_CleanPayment_Passes(string file)
    {
        var result = screener.Screen(PaymentParser.Parse(FixtureFiles.Read(file)));

        Assert.Equal(PaymentDecision.Pass, result.Decision);
        Assert.True(result.Hits.IsEmpty, string.Join("; ", result.Hits.Select(h => $"{h.Field.Path} {h.Kind} {h.Entity?.Id ?? h.Jurisdiction?.Code}")));
        Assert.NotEmpty(result.Message.Fields);
    }

    [Fact]
    public void Screen_CreditorIsExCle_HoldsOnCreditorName()
    {
        var result = screener.Screen(PaymentParser.Parse(FixtureFiles.Read("Payments/pacs008-excle.xml")));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        var hit = Assert.Single(result.Hits, h => h.Field.Path == "Cdtr/Nm");
        Assert.Equal(PaymentHitKind.Name, hit.Kind);
        Assert.Equal("ofac-sdn:30421", hit.Entity!.Id);
        Assert.Equal("E2E-0002", hit.Field.Transaction);

        // Caracas, Venezuela: the creditor's country is a sanctioned jurisdiction too, and is evidence for the name.
        Assert.Contains(result.Hits, h => h.Field.Path == "Cdtr/PstlAdr/Ctry" && h.Jurisdiction?.Code == "VE");
        Assert.Contains(hit.Hit!.Explanation.Evidence, e => e.Feature == "country" && e.Contribution > 0);
    }

    [Fact]
    public void Screen_CreditorAddressInSanctionedJurisdiction_IsFlagged()
    {
        var result = screener.Screen(PaymentParser.Parse(FixtureFiles.Read("Payments/pacs008-creditor-in-iran.xml")));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        var hit = Assert.Single(result.Hits);
        Assert.Equal("Cdtr/PstlAdr/Ctry", hit.Field.Path);
        Assert.Equal(PaymentHitKind.Jurisdiction, hit.Kind);
        Assert.Equal("IR", hit.Jurisdiction!.Code);
    }

    [Fact]
    public void Screen_Mt103NamingListedVesselInField70_Holds()
    {
        var result = screener.Screen(PaymentParser.Parse(FixtureFiles.Read("Payments/mt103-vessel.txt")));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(":70:", hit.Field.Path);
        Assert.Equal(PaymentHitKind.TextMention, hit.Kind);
        Assert.Equal("ofac-sdn:15036", hit.Entity!.Id);
        Assert.Equal("ARTAVIL", hit.Matched);
    }

    [Theory]
    [InlineData("HAVIGB2LXXX")]
    [InlineData("HAVIGB2L")]
    [InlineData("HAVIGB2L123")]
    public void Screen_ListedBic_HoldsOnThatField(string bic)
    {
        var message = FixtureFiles.Read("Payments/mt103-clean.txt").Replace(":57A:CNTSDEFFXXX", ":57A:" + bic, StringComparison.Ordinal);

        var result = screener.Screen(PaymentParser.Parse(message));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(":57A:", hit.Field.Path);
        Assert.Equal(PaymentHitKind.Bic, hit.Kind);
        Assert.Equal("ofac-sdn:906", hit.Entity!.Id);
    }

    [Fact]
    public void Screen_BicOfSanctionedCountry_IsFlagged()
    {
        var message = FixtureFiles.Read("Payments/pacs008-clean.xml").Replace("<BICFI>CNTSDEFFXXX</BICFI>", "<BICFI>CNTSIRTHXXX</BICFI>", StringComparison.Ordinal);

        var result = screener.Screen(PaymentParser.Parse(message));

        var hit = Assert.Single(result.Hits);
        Assert.Equal("CdtrAgt/FinInstnId/BICFI", hit.Field.Path);
        Assert.Equal("IR", hit.Jurisdiction!.Code);
    }

    // An account in Iran, whatever the party's name and address: the IBAN's country is its bank's. The registry's
    // example IBAN of Iran; a German one passes, as does an account line that is no IBAN.
    [Theory]
    [InlineData("Payments/mt103-clean.txt", ":59:/DE44500105175407324931", ":59:/IR580540105180021273113007", ":59:")]
    [InlineData("Payments/mt103-clean.txt", ":52A:NWTRGB2L", ":52A:/C/IR580540105180021273113007\nNWTRGB2L", ":52A:")]
    [InlineData("Payments/pacs008-clean.xml", "<IBAN>DE44500105175407324931</IBAN>", "<IBAN>IR580540105180021273113007</IBAN>", "CdtrAcct/Id/IBAN")]
    public void Screen_AccountHeldInSanctionedJurisdiction_HoldsOnThatField(string file, string clean, string iranian, string path)
    {
        var message = FixtureFiles.Read(file);
        Assert.Contains(clean, message, StringComparison.Ordinal);

        var result = screener.Screen(PaymentParser.Parse(message.Replace(clean, iranian, StringComparison.Ordinal)));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(path, hit.Field.Path);
        Assert.Equal(PaymentHitKind.Jurisdiction, hit.Kind);
        Assert.Equal("IR", hit.Jurisdiction!.Code);
    }

    // Check digits that do not hold, or an account number of another form: no IBAN, so no country.
    [Theory]
    [InlineData(":59:/IR580540105180021273113008")]
    [InlineData(":59:/IR5805401051")]
    public void Screen_AccountLineThatIsNoIban_Passes(string account)
    {
        var message = FixtureFiles.Read("Payments/mt103-clean.txt").Replace(":59:/DE44500105175407324931", account, StringComparison.Ordinal);

        Assert.Equal(PaymentDecision.Pass, screener.Screen(PaymentParser.Parse(message)).Decision);
    }

    [Fact]
    public void Screen_RemittanceInformationNamingExCle_HoldsOnRmtInf()
    {
        var message = FixtureFiles.Read("Payments/pacs008-clean.xml")
            .Replace("Invoice 2231 laboratory balances and calibration weights", "INV 2231 PAYMENT TO EX CLE SOLUCIONES BIOMETRICAS CARACAS", StringComparison.Ordinal);

        var result = screener.Screen(PaymentParser.Parse(message));

        var hit = Assert.Single(result.Hits);
        Assert.Equal("RmtInf/Ustrd", hit.Field.Path);
        Assert.Equal("ofac-sdn:30421", hit.Entity!.Id);
    }

    // A payout to a listed wallet, its address run on to the next line as field 70's 35 characters a line make it.
    [Fact]
    public void Screen_Mt103PayingIntoListedWallet_HoldsOnField70()
    {
        var message = FixtureFiles.Read("Payments/mt103-clean.txt")
            .Replace("/INV/2231 LABORATORY BALANCES\nAND CALIBRATION WEIGHTS", "/INV/2231 USDT TOPUP TO WALLET\n0X098B716B8AAF21512996DC57EB0615E23\n83E2F96", StringComparison.Ordinal);

        var result = screener.Screen(PaymentParser.Parse(message));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(":70:", hit.Field.Path);
        Assert.Equal(PaymentHitKind.TextMention, hit.Kind);
        Assert.Equal("ofac-sdn:27307", hit.Entity!.Id);
    }

    [Fact]
    public void ToResponse_HeldPayment_SerialisesDecisionPathsAndResults()
    {
        var result = screener.Screen(PaymentParser.Parse(FixtureFiles.Read("Payments/pacs008-excle.xml")));

        var json = JsonSerializer.Serialize(PaymentContractMapper.ToResponse(result), PaymentJson.Default.PaymentScreeningResponse);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("hold", root.GetProperty("decision").GetString());
        Assert.Equal("pacs.008.001.08", root.GetProperty("format").GetString());
        var name = root.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("path").GetString() == "Cdtr/Nm");
        Assert.Equal("name", name.GetProperty("kind").GetString());
        Assert.Equal("ofac-sdn:30421", name.GetProperty("result").GetProperty("id").GetString());
        Assert.Contains(root.GetProperty("screened").EnumerateArray(), f => f.GetProperty("path").GetString() == "RmtInf/Ustrd");
    }

    // A listed person's passport as the party's identification: OFAC and the UN list passport 27082171 (US) for
    // Abdul Rahman YASIN, here paying under another name.
    [Fact]
    public void Screen_Mt103PartyIdentifiedByAListedPassport_HoldsOnThatParty()
    {
        var mt103 = FixtureFiles.Read("Payments/mt103-vessel.txt")
            .Replace(":50F:/GB33NWTR60161331926819\n1/HOLLOWAY MARINE FUELS LTD", ":50F:CCPT/US/27082171\n1/JOHN SMITH", StringComparison.Ordinal);

        var result = screener.Screen(PaymentParser.Parse(mt103));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        var hit = Assert.Single(result.Hits, h => h.Field.Path == ":50F:" && h.Entity?.Id == "ofac-sdn:6931");
        Assert.Contains(hit.Hit!.Explanation.Evidence, e => e.Feature == "identifier decides");
    }

    [Fact]
    public void Screen_Pacs008DebtorIdentifiedByAListedPassport_HoldsOnThatParty()
    {
        var pacs = FixtureFiles.Read("Payments/pacs008-clean.xml")
            .Replace("<Nm>Northwind Laboratory Supplies Ltd</Nm>", "<Nm>John Smith</Nm>", StringComparison.Ordinal)
            .Replace("</PstlAdr>\n      </Dbtr>", "</PstlAdr>\n        <Id><PrvtId><Othr><Id>27082171</Id><SchmeNm><Cd>CCPT</Cd></SchmeNm><Issr>US</Issr></Othr></PrvtId></Id>\n      </Dbtr>", StringComparison.Ordinal);
        Assert.Contains("<Cd>CCPT</Cd>", pacs, StringComparison.Ordinal);

        var result = screener.Screen(PaymentParser.Parse(pacs));

        Assert.Equal(PaymentDecision.Hold, result.Decision);
        Assert.Contains(result.Hits, h => h.Field.Path == "Dbtr/Nm" && h.Entity?.Id == "ofac-sdn:6931");
    }
}
