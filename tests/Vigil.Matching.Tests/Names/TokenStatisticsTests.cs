using Vigil.Matching.Names;

namespace Vigil.Matching.Tests.Names;

public sealed class TokenStatisticsTests
{
    // A token's frequency is how many names hold it: "bank bank" is one name with "bank", not two.
    [Fact]
    public void Build_CountsNamesHoldingEachToken_OnceEach()
    {
        var statistics = TokenStatistics.Build([["bank", "of", "bank"], ["bank"], ["al", "bank", "al", "al"], [], ["trust", "trust"]]);

        Assert.Equal(5, statistics.NameCount);
        Assert.Equal(3, statistics.Frequency("bank"));
        Assert.Equal(1, statistics.Frequency("al"));
        Assert.Equal(1, statistics.Frequency("of"));
        Assert.Equal(1, statistics.Frequency("trust"));
        Assert.Equal(0, statistics.Frequency("trading"));
    }
}
