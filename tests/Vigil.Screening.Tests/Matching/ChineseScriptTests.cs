using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Names typed in Chinese characters, read as pinyin, against lists that write Chinese names in pinyin: a character
/// read one way is not a misspelling of another syllable, which made most of the synthetic negatives' false hits.
/// </summary>
public sealed class ChineseScriptTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Fact]
    public void Screen_ListedPersonWrittenInChinese_IsTheTopMatch()
    {
        var top = screener.Screen(new ScreeningQuery { Name = "李方伟", Schema = Schema.Person })[0];
        Assert.Equal("ofac-sdn:11447", top.Entity.Id); // LI, Fangwei
        Assert.True(top.IsMatch, $"{top.Score:0.000}");
    }

    [Theory]
    [InlineData("成 朱", "1952-02-22", "ofac-sdn:30510")] // cheng zhu / CHEN, Zhu: 0.932 before
    [InlineData("建銘 張", "1968-10-16", "ofac-sdn:15668")] // jian ming zhang / JANG, Myong-Jin: 0.832 before
    [InlineData("荣 应", "1971-01-10", null)] // rong ying / SONG, Jing: 0.788 before

    // Syllables of the query left over: each is a character of the name, not a middle name a list leaves out.
    [InlineData("明宗 怡君 李", "1974-01-24", null)] // ming zong yi jun li / LI, Yi: 0.830 before
    [InlineData("지영 상호 김", "1958-02-13", null)] // ji yeong sang ho kim / KIM, Sang-ho: 0.882 before
    public void Screen_OtherSyllablesOfAListedName_AreNoMatch(string name, string birthDate, string? listed)
    {
        Assert.True(PartialDate.TryParseIso(birthDate, out var dob));
        var query = new ScreeningQuery { Name = name, Schema = Schema.Person, BirthDate = dob, Countries = ["CN"] };
        var matches = screener.Screen(query).Where(h => h.IsMatch).Select(h => $"{h.Entity.Id} {h.Entity.PrimaryName.Full} {h.Score:0.000}").ToList();
        Assert.Empty(matches);
        if (listed is not null)
        {
            Assert.DoesNotContain(screener.Screen(query), h => h.Entity.Id == listed && h.Score >= 0.7);
        }
    }
}
