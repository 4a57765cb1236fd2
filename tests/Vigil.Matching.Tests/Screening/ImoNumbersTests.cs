using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Matching.Tests.Screening;

public sealed class ImoNumbersTests
{
    [Theory]
    [InlineData("MV ADRIAN DARYA 1 IMO 9116412", "MV ADRIAN DARYA 1")]
    [InlineData("IMO 9116412", "")]
    [InlineData("IMO: 9116412", "")]
    [InlineData("IMO No. 9116412", "")]
    [InlineData("Adrian Darya 1 (IMO9116412)", "Adrian Darya 1")]
    [InlineData("imo#9116412, Adrian Darya 1", "Adrian Darya 1")]
    public void Extract_ImoNumberInTheName_TakesItOut(string name, string rest)
    {
        var (left, numbers) = ImoNumbers.Extract(name);
        Assert.Equal(rest, left);
        Assert.Equal((IdentifierType.Imo, "9116412"), Assert.Single(numbers.Select(n => (n.Type, n.Value))));
    }

    [Theory]
    [InlineData("IMO 9116413")]
    [InlineData("IMO 91164120")]
    [InlineData("Primo 9116412 Trading")]
    [InlineData("ADRIAN DARYA 1")]
    public void Extract_NoValidImoNumber_LeavesTheName(string name)
    {
        var (left, numbers) = ImoNumbers.Extract(name);
        Assert.Equal(name, left);
        Assert.Empty(numbers);
    }

    [Theory]
    [InlineData("9116412", true)]
    [InlineData("9074729", true)]
    [InlineData("9116413", false)]
    [InlineData("911641", false)]
    [InlineData("91164a2", false)]
    public void IsValid_ChecksTheCheckDigit(string digits, bool valid) => Assert.Equal(valid, ImoNumbers.IsValid(digits));
}
