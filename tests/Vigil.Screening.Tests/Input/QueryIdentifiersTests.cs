using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Screening.Tests.Input;

public sealed class QueryIdentifiersTests
{
    [Theory]
    [InlineData("passport:K1234567", IdentifierType.Passport, "K1234567", null)]
    [InlineData(" Passport No. : K-123 4567 : Iran ", IdentifierType.Passport, "K-123 4567", "IR")]
    [InlineData("national_id:548-91-5411:us", IdentifierType.NationalId, "548-91-5411", "US")]
    [InlineData("TIN:12-3456789", IdentifierType.TaxId, "12-3456789", null)]
    [InlineData("imo:9116412", IdentifierType.Imo, "9116412", null)]
    [InlineData("tail_number:EP-MMH", IdentifierType.AircraftTailNumber, "EP-MMH", null)]
    [InlineData("bic:BMJIIRTH:XXX", IdentifierType.SwiftBic, "BMJIIRTH:XXX", null)] // no issuing country: the rest is the number
    public void TryParse_TypeNumberAndCountry_ReadsEach(string text, IdentifierType type, string value, string? country)
    {
        Assert.True(QueryIdentifiers.TryParse(text, out var id, out var problem), problem);
        Assert.Equal(new Identifier(type, value, country), id);
    }

    [Theory]
    [InlineData("RIF", IdentifierType.TaxId)]
    [InlineData("R.F.C.", IdentifierType.TaxId)]
    [InlineData("N.I.T.", IdentifierType.TaxId)]
    [InlineData("D.N.I.", IdentifierType.NationalId)]
    [InlineData("CURP", IdentifierType.NationalId)]
    [InlineData("OGRN", IdentifierType.Registration)]
    public void IdentifierTypes_LocalNamesOfNumbers_TypedAsTheListsTypeThem(string word, IdentifierType type)
    {
        Assert.True(IdentifierTypes.TryParse(word, out var read));
        Assert.Equal(type, read);
    }

    [Theory]
    [InlineData("CIF")] // a bank's customer information file number
    [InlineData("PAN")] // a card number
    [InlineData("Customer No.")]
    public void IdentifierTypes_BankInternalNumbers_AreNoIdentifierType(string word) =>
        Assert.False(IdentifierTypes.TryParse(word, out _));

    [Theory]
    [InlineData("K1234567", "is not TYPE:NUMBER")]
    [InlineData(":K1234567", "is not TYPE:NUMBER")]
    [InlineData("visa:K1234567", "'visa' is no identifier type")]
    [InlineData("passport:K1234567:Atlantis", "'Atlantis' is not a known country")]
    [InlineData("passport: - ", "no letters or digits")]
    [InlineData("", "is not TYPE:NUMBER")]
    public void TryParse_Unreadable_SaysWhy(string text, string why)
    {
        Assert.False(QueryIdentifiers.TryParse(text, out var id, out var problem));
        Assert.Null(id);
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("passport:K1234567:IR")]
    [InlineData("national_id:548-91-5411")]
    [InlineData("tax_id:12-3456789:US")]
    [InlineData("bic:BMJIIRTH")]
    public void Format_ReadsBackAsTheSameIdentifier(string text)
    {
        Assert.True(QueryIdentifiers.TryParse(text, out var id, out _));
        Assert.Equal(text, QueryIdentifiers.Format(id!));
    }

    private static readonly IdentifierType[] Typed =
        [IdentifierType.Passport, IdentifierType.NationalId, IdentifierType.Cedula, IdentifierType.TaxId, IdentifierType.Registration, IdentifierType.Imo, IdentifierType.Mmsi, IdentifierType.AircraftTailNumber, IdentifierType.SwiftBic];

    private static readonly string?[] Issuers = [null, "IR", "US", "YE", "VE"];

    // What the query echo prints reads back as the identifier given, whatever its number holds.
    [Property(MaxTest = 1000)]
    public bool Format_ThenTryParse_GivesTheSameIdentifier(byte type, byte issuer, string? number)
    {
        var value = new string((number ?? string.Empty).Where(c => c is not ':' && !char.IsControl(c)).ToArray()).Trim();
        if (Identifier.MakeKey(value).Length == 0)
        {
            return true;
        }

        var kind = Typed[type % Typed.Length];
        var id = new Identifier(kind, value, IdentifierTypes.HasIssuingCountry(kind) ? Issuers[issuer % Issuers.Length] : null);
        return QueryIdentifiers.TryParse(QueryIdentifiers.Format(id), out var read, out _) && read == id;
    }
}
