using Vigil.Screening.Identifiers;

namespace Vigil.Screening.Tests.Identifiers;

public sealed class IbanTests
{
    // The IBAN registry's examples.
    [Theory]
    [InlineData("GB33BUKB20201555555555")]
    [InlineData("DE89370400440532013000")]
    [InlineData("IR580540105180021273113007")]
    [InlineData("NO9386011117947")]
    public void IsValid_RegistryExample_Holds(string iban) => Assert.True(Iban.IsValid(iban));

    [Theory]
    [InlineData("GB33BUKB20201555555556")]
    [InlineData("DE89370400440532013001")]
    [InlineData("gb33bukb20201555555555")]
    [InlineData("GB33 BUKB 2020 1555 5555 55")]
    [InlineData("12345678901234567")]
    [InlineData("GB33BUKB")]
    public void IsValid_WrongDigitsOrForm_DoesNotHold(string text) => Assert.False(Iban.IsValid(text));
}
