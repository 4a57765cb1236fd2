using Vigil.Text.Countries;

namespace Vigil.Text.Tests.Countries;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("Venezuela", "VE")]
    [InlineData("Korea, North", "KP")]
    [InlineData("Burma", "MM")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("ve", "VE")]
    [InlineData("VEN", "VE")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void TryGetCode_ListSpellings_FindIsoCode(string name, string code)
    {
        Assert.True(CountryCodes.TryGetCode(name, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData(null)]
    public void TryGetCode_Unknown_ReturnsFalse(string? name) => Assert.False(CountryCodes.TryGetCode(name, out _));

    [Fact]
    public void NameOf_Code_GivesReadableName() => Assert.Equal("Venezuela", CountryCodes.NameOf("VE"));
}
