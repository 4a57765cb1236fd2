using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// A one-word listed vessel's name inside a longer name: "Snow Storm" matched the tanker SNOW at 0.77, and the
/// perturbed names of other listed vessels ("TRIPLE SUCCESS OOO", "GLORY EVER") matched SUCCESS and GLORY.
/// </summary>
public sealed class PartialVesselNameTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private const string Snow = "ofac-sdn:15089";
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Snow Storm", null)]
    [InlineData("Snow Storm", Schema.Vessel)]
    public void Screen_OneWordVesselInsideALongerName_IsNoMatch(string name, Schema? schema) =>
        Assert.DoesNotContain(screener.Screen(new ScreeningQuery { Name = name, Schema = schema }), h => h.Entity.Id == Snow && h.IsMatch);

    [Theory]
    [InlineData("Snow")]
    [InlineData("MV Snow")]
    [InlineData("M/T SNOW")]
    public void Screen_OneWordVesselByItsName_IsAMatch(string name)
    {
        var hit = screener.Screen(new ScreeningQuery { Name = name, Schema = Schema.Vessel })[0];

        Assert.Equal(Snow, hit.Entity.Id);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000}");
    }
}
