using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Screening.Tests.Input;

public sealed class IdentifierTypesTests
{
    public static TheoryData<string> NamedTypes => [.. IdentifierTypes.Names.Split(", ")];

    [Theory]
    [MemberData(nameof(NamedTypes))]
    public void NameOf_EveryNamedType_ReadsBackAsItself(string name)
    {
        Assert.True(IdentifierTypes.TryParse(name, out var type), name);
        Assert.Equal(name, IdentifierTypes.NameOf(type));
    }

    [Theory]
    [InlineData("Passport No.", IdentifierType.Passport)]
    [InlineData("R.I.F.", IdentifierType.TaxId)]
    [InlineData("SWIFT code", IdentifierType.SwiftBic)]
    [InlineData("Wallet address", IdentifierType.CryptoAddress)]
    [InlineData("Digital Currency Address", IdentifierType.CryptoAddress)]
    public void TryParse_AsFilesWriteThem(string text, IdentifierType expected)
    {
        Assert.True(IdentifierTypes.TryParse(text, out var type));
        Assert.Equal(expected, type);
    }
}
