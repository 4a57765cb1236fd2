using Vigil.Matching.Screening;

namespace Vigil.Screening.Tests.Matching;

/// <summary>The work a query took, as <c>vigil bench</c> reports it: counts that agree with what screening did.</summary>
public sealed class ScreeningWorkTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Nicolas Maduro")]
    [InlineData("Ex-Cle Solciones Biometricas")]
    [InlineData("Banco Nacional de Cuba")]
    [InlineData("Kim Jong Un")]
    public void Screen_ListedName_CountsCandidatesAlignedAndTokens(string name)
    {
        var query = new ScreeningQuery { Name = name };
        var hits = screener.Screen(query, 10, null, out var work);

        // Every hit's entity had a name aligned; every aligned name was a candidate; each candidate's entity is
        // counted once among the candidate entities, and a candidate carries at least one token.
        Assert.NotEmpty(hits);
        Assert.InRange(work.Aligned, hits.Count, work.Candidates);
        Assert.InRange(screener.CandidateEntityIds(query).Count, 1, work.Candidates);
        Assert.InRange(work.TokensCompared, 1, work.Candidates * 24);
        Assert.Equal(Describe(screener.Screen(query)), Describe(hits));
    }

    // A brute-force run (the bench's baseline) leaves this thread's candidate arrays as long as the index; a query
    // after it read every candidate past the limit (2,634 for this one) and found a name it did not find before
    // (MASOUMIAN, Mehdi, 0.81): results depended on what the thread had run.
    [Fact]
    public void Screen_AfterABruteForceRunOnTheThread_ReadsNoMoreThanTheCandidateLimit()
    {
        var query = new ScreeningQuery { Name = "مهدي مهسا معین", Schema = Model.Schema.Person };
        var before = Describe(screener.Screen(query));
        screener.ScreenBruteForce(new ScreeningQuery { Name = "Mehdi" });

        var after = screener.Screen(query, 10, null, out var work);

        Assert.InRange(work.Candidates, 1, screener.Options.CandidateLimit);
        Assert.Equal(before, Describe(after));
    }

    [Theory]
    [InlineData("Banco Nacional de Cuba")]
    [InlineData("Kim Jong Un")]
    [InlineData("Mahan Air")]
    public void Screen_CommonWords_BoundSkipsMostCandidates(string name)
    {
        // Hundreds of names share a word or a sound with these; the bound rules nearly all out before alignment.
        screener.Screen(new ScreeningQuery { Name = name }, 10, null, out var work);
        Assert.True(work.Candidates >= 100 && work.Aligned * 10 < work.Candidates, work.ToString());
    }

    [Fact]
    public void Screen_SameQueryTwice_SameWork()
    {
        var query = new ScreeningQuery { Name = "Maria Gonzalez" };
        screener.Screen(query, 10, null, out var first);
        screener.Screen(new ScreeningQuery { Name = "Vladimir Putin" }, 10, null, out _);
        screener.Screen(query, 10, null, out var second);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Screen_NothingToMatch_NoWork()
    {
        Assert.Empty(screener.Screen(new ScreeningQuery { Name = "-- / --" }, 10, null, out var work));
        Assert.Equal(default, work);
    }

    private static string Describe(IReadOnlyList<ScreeningHit> hits) =>
        string.Join("; ", hits.Select(h => $"{h.Entity.Id} {h.Score:R} {h.MatchedName.Full}"));
}
