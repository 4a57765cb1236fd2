using Vigil.Matching.Screening;
using Vigil.Screening.Bench;

namespace Vigil.Screening.Tests.Bench;

public sealed class WorkSummaryTests
{
    [Fact]
    public void Of_Counts_MeansPerQuery()
    {
        var s = WorkSummary.Of([new ScreeningWork(10, 1, 30), new ScreeningWork(5, 0, 21)]);
        Assert.Equal(new WorkSummary(7.5, 0.5, 25.5), s);
    }

    [Fact]
    public void Of_NoQueries_IsEmpty() => Assert.Equal(WorkSummary.Empty, WorkSummary.Of([]));
}
