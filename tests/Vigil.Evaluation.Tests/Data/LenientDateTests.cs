using Vigil.Evaluation.Data;
using Vigil.Model;

namespace Vigil.Evaluation.Tests.Data;

public sealed class LenientDateTests
{
    [Theory]
    [InlineData("1965", 1965, null, null)]
    [InlineData("1960-06-29", 1960, 6, 29)]
    [InlineData("1969-7-16", 1969, 7, 16)]
    [InlineData("1974-02-6", 1974, 2, 6)]
    [InlineData("1974-01-32", 1974, 1, null)]
    [InlineData("1974-13-01", 1974, null, null)]
    [InlineData(" 1980 ", 1980, null, null)]
    public void Parse_FixtureDates_KeepsTheValidParts(string text, int year, int? month, int? day) =>
        Assert.Equal(new PartialDate(year, month, day), LenientDate.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("circa")]
    [InlineData("65")]
    [InlineData("0999")]
    public void Parse_NoReadableYear_IsNull(string text) =>
        Assert.Null(LenientDate.Parse(text));
}
