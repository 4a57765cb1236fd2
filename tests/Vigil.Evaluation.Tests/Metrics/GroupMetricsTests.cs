using Vigil.Evaluation.Metrics;

namespace Vigil.Evaluation.Tests.Metrics;

public sealed class GroupMetricsTests
{
    [Fact]
    public void By_TwoGroups_CountsEachApartInNameOrder()
    {
        (string Group, bool Expected, bool Predicted)[] items = [("b", true, true), ("a", true, false), ("b", false, true), ("a", false, false)];

        var groups = GroupMetrics.By(items, i => i.Group, i => i.Expected, i => i.Predicted);

        Assert.Equal(["a", "b"], groups.Select(g => g.Group));
        Assert.Equal(new ConfusionMatrix(0, 0, 1, 1), groups[0].Metrics);
        Assert.Equal(new ConfusionMatrix(1, 1, 0, 0), groups[1].Metrics);
    }
}
