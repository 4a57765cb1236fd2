using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Bench;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Screening skips candidates whose logit bound cannot reach the minimum score. On the bundled lists, over customers
/// of every kind the bench generates and queries carrying evidence, results must be exactly those of aligning every
/// candidate: same entities, order, scores and matched names.
/// </summary>
public sealed class CandidateSkippingTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Fact]
    public void Screen_SyntheticCustomers_SameResultsAsAligningEveryCandidate()
    {
        var customers = SyntheticCustomers.Generate(screener.Entities, 1500, seed: 11, listedShare: 0.4);
        var differing = customers.Select(c => c.Query).Where(q => Describe(screener.Screen(q)) != Describe(screener.ScreenEveryCandidate(q))).Select(q => q.Name).ToList();
        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("Ex-Cle Solciones Biometricas", null, null, null)]
    [InlineData("EXCLE", null, null, null)]
    [InlineData("Nicolas Maduro", "Person", "1962-11-23", "VE")]
    [InlineData("Maduro", "Person", null, null)]
    [InlineData("Kim Jong Un", "Person", "1984", "KP")]
    [InlineData("김정은", "Person", null, null)]
    [InlineData("리병철", "Person", null, "KP")]
    [InlineData("Usama bin Ladin", "Person", null, "SA")]
    [InlineData("Bank Melli", null, null, "IR")]
    [InlineData("IRISL", "Organization", null, null)]
    [InlineData("Mohammed Ali", "Person", "1970", "IQ")]
    [InlineData("明宗 怡君 李", "Person", "1974-01-24", "CN")]
    [InlineData("龙 桂花 李", "Person", null, null)]
    [InlineData("李方伟", null, null, null)]
    [InlineData("成 朱", "Person", "1952-02-22", "CN")]
    [InlineData("지영 상호 김", "Person", "1958-02-13", "CN")]
    [InlineData("김영철", null, null, null)]
    [InlineData("Promtechnocert", "Organization", null, null)]
    [InlineData("Huawei", null, null, "CN")]
    [InlineData("Zvezda", null, null, null)]
    [InlineData("Victory", null, null, null)]
    [InlineData("Snow Storm", null, null, null)]
    [InlineData("Triple Success", "Vessel", null, null)]
    [InlineData("Holy Land Foundation", "Organization", null, null)]
    [InlineData("Committee for Space", null, null, null)]
    [InlineData("Park AG", "Organization", null, null)]
    [InlineData("Rivera Co., Ltd.", null, null, null)]
    public void Screen_QueriesWithEvidence_SameResultsAsAligningEveryCandidate(string name, string? schema, string? dob, string? country)
    {
        var query = new ScreeningQuery
        {
            Name = name,
            Schema = schema is null ? null : Enum.Parse<Schema>(schema),
            BirthDate = dob is not null && PartialDate.TryParseIso(dob, out var date) ? date : null,
            Countries = country is null ? [] : [country],
        };
        Assert.Equal(Describe(screener.ScreenEveryCandidate(query, 25, 0.5)), Describe(screener.Screen(query, 25, 0.5)));
    }

    private static string Describe(IReadOnlyList<ScreeningHit> hits) =>
        string.Join('|', hits.Select(h => $"{h.Entity.Id}:{h.Score:R}:{h.MatchedName.Full}"));
}
