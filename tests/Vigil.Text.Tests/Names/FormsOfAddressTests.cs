using Vigil.Text.Names;

namespace Vigil.Text.Tests.Names;

public sealed class FormsOfAddressTests
{
    [Theory]
    [InlineData("His Excellency Nicolas Maduro", "his excellency nicolas maduro", 2)]
    [InlineData("His Royal Highness Mohammed bin Salman", "his royal highness mohammed bin salman", 3)]
    [InlineData("Su Excelencia Nicolás Maduro", "su excelencia nicolas maduro", 2)]
    [InlineData("H.E. Nicolas Maduro", "he nicolas maduro", 1)]
    [InlineData("H. E. Nicolas Maduro", "h e nicolas maduro", 2)]
    [InlineData(" H.R.H. Charles Windsor", "hrh charles windsor", 1)]
    public void OpeningLength_FormOfAddress_CountsItsTokens(string name, string tokens, int expected) =>
        Assert.Equal(expected, FormsOfAddress.OpeningLength(name, tokens.Split(' ')));

    [Theory]
    [InlineData("He Lin", "he lin")]
    [InlineData("HE, Lin", "he lin")]
    [InlineData("Se Jong Kim", "se jong kim")]
    [InlineData("H.X. Smith", "hx smith")]
    [InlineData("Nicolas Maduro", "nicolas maduro")]
    [InlineData("His", "his")]
    [InlineData("", "")]
    public void OpeningLength_NoFormOfAddress_IsZero(string name, string tokens) =>
        Assert.Equal(0, FormsOfAddress.OpeningLength(name, tokens.Length == 0 ? [] : tokens.Split(' ')));
}
