using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Matching.Tests.Screening;

public sealed class ScreenerEdgeTests
{
    /// <summary>
    /// A listed name that folds to no token has no token shapes; when such names are laid out last, theirs would start
    /// past the end of the table, and screening every name (the brute-force baseline) prefetches them a few names ahead.
    /// </summary>
    [Fact]
    public void Screen_LastListedNamesFoldToNothing_ScreensEveryWay()
    {
        var entities = Enumerable.Range(0, 20)
            .Select(i => Entity($"e{i}", $"Trading House Number {i} Aurora"))
            .Append(Entity("blank", "--- ...", "!!!", "***", "...", "- -", "??"))
            .ToImmutableArray();
        var screener = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", entities)]);
        var query = new ScreeningQuery { Name = "Trading House Number 7 Aurora" };

        Assert.Equal("e7", screener.ScreenBruteForce(query)[0].Entity.Id);
        Assert.Equal("e7", screener.Screen(query)[0].Entity.Id);
    }

    private static SanctionsEntity Entity(string id, params string[] names) => new()
    {
        Id = id,
        Source = "test",
        SourceId = id,
        Schema = Schema.Organization,
        Names = [.. names.Select(n => new EntityName(n, NameKind.Primary))],
    };
}
