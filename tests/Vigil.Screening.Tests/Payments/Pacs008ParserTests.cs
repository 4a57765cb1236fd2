using Vigil.Screening.Payments;
using Vigil.Screening.Tests.Text;

namespace Vigil.Screening.Tests.Payments;

public sealed class Pacs008ParserTests
{
    private static readonly string Clean = FixtureFiles.Read("Payments/pacs008-clean.xml");

    [Fact]
    public void Parse_CleanMessage_ReadsEveryScreenableField()
    {
        var message = Pacs008Parser.Parse(Clean);

        Assert.Equal(PaymentFormat.Pacs008, message.Format);
        Assert.Equal("VIGIL-PACS-0001", message.Reference);
        var byPath = message.Fields.ToLookup(f => f.Path);
        Assert.Equal("Brennhofer Messtechnik GmbH", Assert.Single(byPath["Cdtr/Nm"]).Value);
        Assert.Equal("DE", Assert.Single(byPath["Cdtr/Nm"]).Country);
        Assert.Equal("GB", Assert.Single(byPath["Dbtr/Nm"]).Country);
        Assert.Equal(PaymentFieldKind.Country, Assert.Single(byPath["Cdtr/PstlAdr/Ctry"]).Kind);
        Assert.Equal(PaymentFieldKind.Address, Assert.Single(byPath["Cdtr/PstlAdr/TwnNm"]).Kind);
        Assert.Equal("NWTRGB2L", Assert.Single(byPath["DbtrAgt/FinInstnId/BICFI"]).Value);
        Assert.Equal(PaymentFieldKind.Name, Assert.Single(byPath["CdtrAgt/FinInstnId/Nm"]).Kind);
        Assert.Equal("NWTRGB2LXXX", Assert.Single(byPath["GrpHdr/InstgAgt/FinInstnId/BICFI"]).Value);
        Assert.Equal((PaymentFieldKind.Account, "DE44500105175407324931"), Assert.Single(byPath["CdtrAcct/Id/IBAN"]) is var account ? (account.Kind, account.Value) : default);
        var remittance = Assert.Single(byPath["RmtInf/Ustrd"]);
        Assert.Equal(PaymentFieldKind.Text, remittance.Kind);
        Assert.Equal("E2E-0001", remittance.Transaction);
        Assert.True(remittance.Line > 1);
    }

    [Fact]
    public void Parse_UnclosedElement_ThrowsWithLine()
    {
        var broken = Clean.Replace("</Nm>\n        <PstlAdr>\n          <StrtNm>Industriestrasse", "\n        <PstlAdr>\n          <StrtNm>Industriestrasse", StringComparison.Ordinal);

        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(broken));

        Assert.True(ex.Line > 0);
        Assert.Contains("Cdtr", ex.Field, StringComparison.Ordinal);
        Assert.Contains("malformed XML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherNamespace_ThrowsOnDocument()
    {
        var other = Clean.Replace("pacs.008.001.08", "pacs.008.001.02", StringComparison.Ordinal);

        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(other));

        Assert.Equal("Document", ex.Field);
        Assert.Contains("pacs.008.001.08", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TransactionWithoutCreditor_NamesTheMissingElement()
    {
        var start = Clean.IndexOf("<Cdtr>", StringComparison.Ordinal);
        var end = Clean.IndexOf("</Cdtr>", StringComparison.Ordinal) + "</Cdtr>".Length;
        var noCreditor = Clean[..start] + Clean[end..];

        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(noCreditor));

        Assert.Equal("CdtTrfTxInf/Cdtr", ex.Field);
        Assert.True(ex.Line > 0);
    }

    [Theory]
    [InlineData("<Ctry>DE</Ctry>", "<Ctry>Germany</Ctry>", "Cdtr/PstlAdr/Ctry")]
    [InlineData("<BICFI>NWTRGB2L</BICFI>", "<BICFI>NWTR-GB</BICFI>", "DbtrAgt/FinInstnId/BICFI")]
    [InlineData("<IBAN>DE44500105175407324931</IBAN>", "<IBAN>500105175407324931</IBAN>", "CdtrAcct/Id/IBAN")]
    public void Parse_MalformedValue_NamesTheField(string good, string bad, string field)
    {
        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(Clean.Replace(good, bad, StringComparison.Ordinal)));

        Assert.Equal(field, ex.Field);
        Assert.True(ex.Line > 0 && ex.Position > 0);
    }

    [Fact]
    public void Parse_Dtd_IsRefused()
    {
        var withDtd = Clean.Replace("<Document ", "<!DOCTYPE Document [<!ENTITY x \"y\">]>\n<Document ", StringComparison.Ordinal);

        Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(withDtd));
    }

    [Fact]
    public void Parse_NoTransaction_Throws()
    {
        var start = Clean.IndexOf("<CdtTrfTxInf>", StringComparison.Ordinal);
        var end = Clean.IndexOf("</CdtTrfTxInf>", StringComparison.Ordinal) + "</CdtTrfTxInf>".Length;

        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(Clean[..start] + Clean[end..]));

        Assert.Equal("CdtTrfTxInf", ex.Field);
    }
}
