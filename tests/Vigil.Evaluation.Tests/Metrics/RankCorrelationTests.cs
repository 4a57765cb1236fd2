using Vigil.Evaluation.Metrics;

namespace Vigil.Evaluation.Tests.Metrics;

public sealed class RankCorrelationTests
{
    [Fact]
    public void Spearman_MonotoneButNotLinear_IsOne() =>
        Assert.Equal(1.0, RankCorrelation.Spearman([1, 2, 3, 4, 5], [1, 4, 9, 16, 100]), 12);

    [Fact]
    public void Spearman_Reversed_IsMinusOne() =>
        Assert.Equal(-1.0, RankCorrelation.Spearman([1, 2, 3, 4], [40, 30, 20, 10]), 12);

    [Fact]
    public void Spearman_ConstantSeries_IsZero() =>
        Assert.Equal(0.0, RankCorrelation.Spearman([1, 2, 3], [5, 5, 5]));

    [Fact]
    public void Spearman_HandComputedWithTies_MatchesPearsonOfAverageRanks()
    {
        // x ranks: 1, 2.5, 2.5, 4; y ranks: 1, 2, 3, 4. Pearson of those = 0.9486832980505138.
        var rho = RankCorrelation.Spearman([10, 20, 20, 30], [1, 2, 3, 4]);

        Assert.Equal(0.9486832980505138, rho, 12);
    }

    [Fact]
    public void Ranks_Ties_ShareTheAverageRank() =>
        Assert.Equal([3.0, 1.5, 1.5, 4.0], RankCorrelation.Ranks([7, 2, 2, 9]));

    [Fact]
    public void Spearman_DifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman([1, 2], [1]));
}
