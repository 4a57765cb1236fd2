using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Screening.Payments;
using Vigil.Screening.Tests.Text;

namespace Vigil.Screening.Tests.Payments;

public sealed class Mt103ParserTests
{
    private static readonly string Clean = FixtureFiles.Read("Payments/mt103-clean.txt");
    private static readonly string Vessel = FixtureFiles.Read("Payments/mt103-vessel.txt");

    [Fact]
    public void Parse_CleanMessage_ReadsPartiesInstitutionsAndText()
    {
        var message = Mt103Parser.Parse(Clean);

        Assert.Equal(PaymentFormat.Mt103, message.Format);
        Assert.Equal("VIGIL-MT-0001", message.Reference);
        var fields = message.Fields;
        Assert.Contains(fields, f => f.Path == "{1:}" && f.Kind == PaymentFieldKind.Bic && f.Value == "NWTRGB2LXXX");
        Assert.Contains(fields, f => f.Path == "{2:}" && f.Kind == PaymentFieldKind.Bic && f.Value == "CNTSDEFFXXX");
        Assert.Contains(fields, f => f.Path == ":50K:" && f.Kind == PaymentFieldKind.Name && f.Value == "NORTHWIND LABORATORY SUPPLIES LTD");
        Assert.Contains(fields, f => f.Path == ":50K:" && f.Kind == PaymentFieldKind.Address && f.Value == "14 HARBOUR ROAD\nSOUTHAMPTON");
        Assert.Contains(fields, f => f.Path == ":52A:" && f.Value == "NWTRGB2L");
        var beneficiary = Assert.Single(fields, f => f.Path == ":59:" && f.Kind == PaymentFieldKind.Name);
        Assert.Equal("BRENNHOFER MESSTECHNIK GMBH", beneficiary.Value);
        Assert.Equal(12, beneficiary.Line);
        Assert.Contains(fields, f => f.Path == ":70:" && f.Kind == PaymentFieldKind.Text && f.Value == "/INV/2231 LABORATORY BALANCES\nAND CALIBRATION WEIGHTS");
    }

    [Fact]
    public void Parse_Option50F_ReadsNumberedLines()
    {
        var message = Mt103Parser.Parse(Vessel);

        var name = Assert.Single(message.Fields, f => f.Path == ":50F:" && f.Kind == PaymentFieldKind.Name);
        Assert.Equal("HOLLOWAY MARINE FUELS LTD", name.Value);
        Assert.Equal("GB", name.Country);
        Assert.Contains(message.Fields, f => f.Path == ":50F:" && f.Kind == PaymentFieldKind.Address && f.Value == "14 HARBOUR ROAD\nSOUTHAMPTON");
        Assert.Contains(message.Fields, f => f.Path == ":50F:" && f.Kind == PaymentFieldKind.Country && f.Value == "GB");
    }

    [Fact]
    public void Parse_Option50FIdentification_IsTheNamesIdentifiers()
    {
        var message = Mt103Parser.Parse(Vessel
            .Replace(":50F:/GB33NWTR60161331926819", ":50F:CCPT/IR/K1234567", StringComparison.Ordinal)
            .Replace("3/GB/SOUTHAMPTON", "3/GB/SOUTHAMPTON\n7/US/548-91-5411\n6/GB/COMPANIES HOUSE/01234567", StringComparison.Ordinal));

        var name = Assert.Single(message.Fields, f => f.Path == ":50F:" && f.Kind == PaymentFieldKind.Name);
        Assert.Equal(
            [new Identifier(IdentifierType.Passport, "K1234567", "IR"), new Identifier(IdentifierType.NationalId, "548-91-5411", "US"), new Identifier(IdentifierType.Other, "01234567", "GB")],
            name.Identifiers.ToArray());
        Assert.Empty(Assert.Single(Mt103Parser.Parse(Vessel).Fields, f => f.Path == ":50F:" && f.Kind == PaymentFieldKind.Name).Identifiers);
    }

    [Fact]
    public void Parse_TextBlockAlone_IsRead()
    {
        var start = Clean.IndexOf(":20:", StringComparison.Ordinal);
        var end = Clean.IndexOf("-}", StringComparison.Ordinal);

        var message = Mt103Parser.Parse(Clean[start..end]);

        Assert.Contains(message.Fields, f => f.Path == ":59:" && f.Kind == PaymentFieldKind.Name);
        Assert.DoesNotContain(message.Fields, f => f.Path == "{1:}");
    }

    [Fact]
    public void Parse_NoBlock4_NamesBlock4()
    {
        var ex = Assert.Throws<PaymentFormatException>(() => Mt103Parser.Parse("{1:F01NWTRGB2LAXXX0000000000}{2:I103CNTSDEFFXXXXN}{5:{CHK:3916EF336FF7}}"));

        Assert.Equal("{4:}", ex.Field);
    }

    [Fact]
    public void Parse_NoField59_NamesField59()
    {
        var start = Clean.IndexOf(":59:", StringComparison.Ordinal);
        var end = Clean.IndexOf(":70:", StringComparison.Ordinal);

        var ex = Assert.Throws<PaymentFormatException>(() => Mt103Parser.Parse(Clean[..start] + Clean[end..]));

        Assert.Equal(":59a:", ex.Field);
        Assert.Contains("beneficiary", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line > 0);
    }

    [Theory]
    [InlineData(":59:/DE", ":59B:/DE", ":59B:")]
    [InlineData(":57A:CNTSDEFFXXX", ":57A:CNTS DEFF", ":57A:")]
    [InlineData("{2:I103", "{2:I202", "{2:}")]
    [InlineData(":71A:SHA\n", ":71A:SHA\n:70:AGAIN\n", ":70:")]
    [InlineData("-}{5:", "}{5:", "{4:}")]
    public void Parse_Malformed_NamesTheField(string good, string bad, string field)
    {
        var ex = Assert.Throws<PaymentFormatException>(() => Mt103Parser.Parse(Clean.Replace(good, bad, StringComparison.Ordinal)));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Parse_Option50FWithBadCountry_NamesLineAndField()
    {
        var ex = Assert.Throws<PaymentFormatException>(() => Mt103Parser.Parse(Vessel.Replace("3/GB/SOUTHAMPTON", "3/GBR/SOUTHAMPTON", StringComparison.Ordinal)));

        Assert.Equal(":50F:", ex.Field);
        Assert.Equal(8, ex.Line);
    }

    [Fact]
    public void Detect_XmlAndFin_AreTold()
    {
        Assert.Equal(PaymentFormat.Pacs008, PaymentParser.Detect("\n  <?xml version=\"1.0\"?><Document/>"));
        Assert.Equal(PaymentFormat.Mt103, PaymentParser.Detect(Clean));
        Assert.Throws<PaymentFormatException>(() => PaymentParser.Detect("  \n"));
    }

    [Property(MaxTest = 1000)]
    public bool Parse_AnyString_ThrowsOnlyPaymentFormatException(string? input)
    {
        try
        {
            Mt103Parser.Parse(input ?? string.Empty);
        }
        catch (PaymentFormatException)
        {
        }

        return true;
    }

    [Property(MaxTest = 1000)]
    public bool Parse_AnyStringInsideBlocks_ThrowsOnlyPaymentFormatException(string? input)
    {
        try
        {
            Mt103Parser.Parse("{1:F01NWTRGB2LAXXX0000000000}{2:I103CNTSDEFFXXXXN}{4:\n:20:X\n" + input + "\n-}");
        }
        catch (PaymentFormatException)
        {
        }

        return true;
    }
}
