using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Text.LegalForms;
using Vigil.Text.Normalization;

namespace Vigil.Screening.Tests.Matching;

/// <summary>
/// Legal forms as the bundled lists print them: OFAC writes the Russian LLC "OBSHCHESTVO S OGRANICHENNOI
/// OTVETSTVENNOSTYU" in a dozen spellings, and one it writes an unread form in turns four legal-form words into
/// identifying ones.
/// </summary>
public sealed class ListedLegalFormTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Fact]
    public void Mark_EveryListedNameOpeningWithARussianCompanyForm_ReadsItAsALegalForm()
    {
        // One listed name drops five letters of the form's last word ("OTVENNOSTYU"): too far to be read as it.
        var names = screener.Entities
            .Where(e => e.Schema != Schema.Person)
            .SelectMany(e => e.Names)
            .Select(n => TextFolder.Fold(n.Full).Split(' '))
            .Where(t => t.Length > 4 && t[0] is "obshchestvo" or "obschestvo" && t[1] == "s" && t[3] != "otvennostyu")
            .ToList();

        Assert.True(names.Count > 300, $"{names.Count} names");
        Assert.All(names, t => Assert.True(LegalFormTable.Mark(t)[3] is "llc" or "odo", string.Join(' ', t)));
    }

    [Fact]
    public void Screen_RussianLlcWrittenShort_MatchesTheListedTransliteration()
    {
        var top = screener.Screen(new ScreeningQuery { Name = "OOO KAMI GRUPP", Schema = Schema.Organization })[0];
        Assert.Equal("ofac-sdn:45370", top.Entity.Id);
        Assert.Equal("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KAMI GRUPP", top.MatchedName.Full);
        Assert.True(top.Score >= 0.95, $"{top.Score:0.000}");
    }

    [Theory]
    [InlineData("García Auto Summit Pty Ltd", "ofac-sdn:46432")] // OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU GAS
    [InlineData("Nordic Industrial Kraft Ltd", "ofac-sdn:45760")] // NIK LLC
    public void Screen_InitialsOfAListedNameWithAnotherLegalForm_IsNoMatch(string name, string listed) =>
        Assert.DoesNotContain(screener.Screen(new ScreeningQuery { Name = name }), h => h.IsMatch && h.Entity.Id == listed);
}
