using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Tests.Versions;

public sealed class EntityCountCheckTests
{
    [Theory]
    [InlineData(100, 100, 0.05)]
    [InlineData(100, 120, 0.05)]
    [InlineData(100, 95, 0.05)]
    [InlineData(100, 1, 0.999)]
    public void HoldReason_GrowthOrDropWithinTheShare_IsNull(int current, int count, double share) =>
        Assert.Null(EntityCountCheck.HoldReason(Version(current), count, share));

    [Fact]
    public void HoldReason_NoCurrentVersion_IsNull() =>
        Assert.Null(EntityCountCheck.HoldReason(null, 1, 0.05));

    [Theory]
    [InlineData(100, 94, 0.05, "entity count fell from 100 to 94 (-6.0 %, limit 5.0 %)")]
    [InlineData(8976, 7379, 0.05, "entity count fell from 8976 to 7379 (-17.8 %, limit 5.0 %)")]
    [InlineData(10, 9, 0, "entity count fell from 10 to 9 (-10.0 %, limit 0.0 %)")]
    public void HoldReason_DropBeyondTheShare_SaysByHowMuch(int current, int count, double share, string expected) =>
        Assert.Equal(expected, EntityCountCheck.HoldReason(Version(current), count, share));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void HoldReason_ShareOutOfRange_Throws(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EntityCountCheck.HoldReason(Version(10), 5, share));

    private static ListVersion Version(int entities) => new()
    {
        Id = 1,
        Source = ListSources.OfacSdn,
        Number = 1,
        State = VersionState.Applied,
        Title = "test",
        Origin = "test",
        ContentHash = "00",
        FetchedAt = DateTimeOffset.UnixEpoch,
        EntityCount = entities,
        CountsBySchema = ImmutableSortedDictionary<Schema, int>.Empty,
        Changes = new ChangeCounts(entities, 0, 0),
    };
}
