using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// A word a name repeats counts little when the other name has all the rest ("ABDUL AZIZ Aziz NOORISTANI"), but not
/// against a one-word name: "Ali Ben Ali" (Ali, son of Ali) matched the weak alias "ALI, Abu" of three listed persons
/// at 0.93, as if the customer were called only "Ali", where "Ali Ben Ahmed" scores 0.48.
/// </summary>
public sealed class RepeatedNameTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Theory]
    [InlineData("Ali Ben Ali", null)]
    [InlineData("Ali Ben Ali", Schema.Person)]
    [InlineData("Ali Ali", Schema.Person)]
    public void Screen_NameRepeatingOneWord_DoesNotMatchAOneWordAlias(string name, Schema? schema)
    {
        var oneWord = screener.Screen(new ScreeningQuery { Name = name, Schema = schema }, limit: 50)
            .Where(h => h.IsMatch && h.MatchedName.Full.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Count(w => !w.Equals("abu", StringComparison.OrdinalIgnoreCase)) == 1);
        Assert.Empty(oneWord.Select(h => $"{h.Entity.Id} '{h.MatchedName.Full}' {h.Score:0.000}"));
    }

    [Fact]
    public void Screen_RepeatedWordBesideAFullName_StillMatches()
    {
        // MAHMOOD, Sultan Bashir-Ud-Din is listed; a customer record repeating the given name is the same person.
        var hit = screener.Screen(new ScreeningQuery { Name = "Sultan Sultan Bashiruddin Mahmood", Schema = Schema.Person }).FirstOrDefault(h => h.Entity.Id == "ofac-sdn:7133");
        Assert.NotNull(hit);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000}");
    }

    [Fact]
    public void Screen_OneWordQuery_StillFindsTheOneWordAlias()
    {
        // A one-word query asks for everyone of that name: the alias answers it.
        Assert.Contains(screener.Screen(new ScreeningQuery { Name = "Ali", Schema = Schema.Person }, limit: 50), h => h.IsMatch && h.Entity.Id == "ofac-sdn:11170");
    }
}
