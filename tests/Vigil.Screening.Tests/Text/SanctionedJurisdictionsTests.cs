using Vigil.Screening.Text;

namespace Vigil.Screening.Tests.Text;

public sealed class SanctionedJurisdictionsTests
{
    [Theory]
    [InlineData("VE", "Venezuela", "targeted")]
    [InlineData("ir", "Iran", "comprehensive")]
    [InlineData("KP", "North Korea", "comprehensive")]
    [InlineData("UA-43", "Crimea", "comprehensive")]
    public void Find_SanctionedCode_ReturnsJurisdiction(string code, string name, string kind)
    {
        var jurisdiction = SanctionedJurisdictions.Find(code);

        Assert.NotNull(jurisdiction);
        Assert.Equal(name, jurisdiction.Name);
        Assert.Equal(kind, jurisdiction.Kind);
        Assert.NotEmpty(jurisdiction.Programs);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("KR")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_OtherCode_ReturnsNull(string? code)
    {
        Assert.Null(SanctionedJurisdictions.Find(code));
    }

    [Fact]
    public void All_CodesAreUniqueAndNamed()
    {
        var all = SanctionedJurisdictions.All;

        Assert.Equal(all.Length, all.Select(j => j.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, j => Assert.Contains(j.Kind, new[] { "comprehensive", "targeted" }));
        Assert.All(all, j => Assert.Contains(j.Name, j.Names));
    }
}
