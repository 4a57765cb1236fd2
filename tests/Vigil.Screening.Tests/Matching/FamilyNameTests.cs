using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Two given names alone are many people's: "Ali Akbar" matched VELAYATI, Ali Akbar at 0.96 and "Juan Jose" MORALES
/// CIFUENTES, Juan Jose at 0.79. Where the list gives the family name apart, a person's name of two words that misses
/// it is no match; with the family name it is, and a family name matched is enough.
/// </summary>
public sealed class FamilyNameTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Ali Akbar", "ofac-sdn:26952")] // VELAYATI, Ali Akbar
    [InlineData("Vladimir Vladimirovich", "ofac-sdn:28350")] // NEMTSEV, Vladimir Vladimirovich: a given name and a patronymic
    [InlineData("Maria Jose", "ofac-sdn:7235")] // SISON, Jose Maria
    public void Compare_GivenNamesOnly_IsNoMatch(string name, string listed)
    {
        var entity = screener.Find(listed)!;
        var hit = screener.Compare(new ScreeningQuery { Name = name, Schema = Schema.Person }, entity);
        Assert.False(hit.IsMatch, $"{name}: {hit.Score:0.000} {hit.Explanation.Name.Summary}");
        Assert.Contains(hit.Explanation.Name.Contributions, c => c.Feature == "family name not given");
    }

    [Theory]
    [InlineData("Ali Akbar Velayati", "ofac-sdn:26952")]
    [InlineData("Nicolas Maduro", "ofac-sdn:22790")] // MADURO MOROS, Nicolas: one family word is enough
    [InlineData("Akbar Velayati", "ofac-sdn:26952")]
    public void Compare_FamilyNameGiven_IsAMatch(string name, string listed)
    {
        var entity = screener.Find(listed)!;
        var hit = screener.Compare(new ScreeningQuery { Name = name, Schema = Schema.Person }, entity);
        Assert.True(hit.IsMatch, $"{name}: {hit.Score:0.000} {hit.Explanation.Name.Summary}");
        Assert.DoesNotContain(hit.Explanation.Name.Contributions, c => c.Feature == "family name not given");
    }
}
