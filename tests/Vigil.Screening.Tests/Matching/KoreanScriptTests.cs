using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Names typed in Hangul against the bundled lists, which write Korean names in Latin letters the DPRK's way: read as
/// one word in the revised romanisation ("gimjeong-eun"), none of these found its listed person.
/// </summary>
public sealed class KoreanScriptTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("김정은", "ofac-sdn:20157")] // KIM, Jong Un
    [InlineData("김여정", "ofac-sdn:21444")] // KIM, Yo Jong
    [InlineData("최룡해", "ofac-sdn:23213")] // CHOE, Ryong Hae
    [InlineData("리병철", "ofac-sdn:23215")] // RI, Pyong Chol
    public void Screen_ListedPersonWrittenInHangul_IsTheTopMatch(string name, string expected)
    {
        var top = screener.Screen(new ScreeningQuery { Name = name, Schema = Schema.Person })[0];
        Assert.Equal(expected, top.Entity.Id);
        Assert.True(top.IsMatch, $"{name}: {top.Score:0.000}");
    }
}
