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

    // Customer records move a legal form into the name or drop one of its words; read as words, "limited",
    // "liability", "joint" and "stock" outweighed the name and the listed company was not even a candidate.
    [Theory]
    [InlineData("ZVEZDA LIMITED LIABILITY COMPANY SHIPBUILDING COMPLEX", "ofac-sdn:48015")] // LIMITED LIABILITY COMPANY SHIPBUILDING COMPLEX ZVEZDA
    [InlineData("FINANCE LIMITED LIABILITY COMPANY HOLDING", "ofac-sdn:47877")] // LIMITED LIABILITY COMPANY HOLDING FINANCE
    [InlineData("LIMITED LIABILITY OOO ALIS", "ofac-sdn:48260")] // LIMITED LIABILITY COMPANY ALIS
    [InlineData("PUBLIC JOINT STOCK ROSBANK", "ofac-sdn:36496")]
    public void Screen_LegalFormMovedIntoTheNameOrCut_MatchesTheListedCompany(string name, string listed)
    {
        var top = screener.Screen(new ScreeningQuery { Name = name })[0];
        Assert.Equal(listed, top.Entity.Id);
        Assert.True(top.Score >= 0.9, $"{top.Score:0.000}");
    }

    // Russian and Ukrainian state bodies are listed under their organisational form ("STATE CORPORATION", "FEDERAL
    // STATE ENTERPRISE", "FEDERAL STATE BUDGETARY INSTITUTION", "AUTONOMOUS NONPROFIT ORGANIZATION"); read as generic
    // words left unmatched, they kept the name alone from matching at all ("Rostec" scored 0.10).
    [Theory]
    [InlineData("Rostec", "ofac-sdn:17260")] // STATE CORPORATION ROSTEC
    [InlineData("Anozit", "ofac-sdn:46685")] // FEDERAL STATE ENTERPRISE ANOZIT
    [InlineData("Kerch Sea Commercial Port", "ofac-sdn:18027")] // STATE ENTERPRISE KERCH SEA COMMERCIAL PORT
    [InlineData("Marine Rescue Service", "ofac-sdn:31929")] // FEDERAL STATE BUDGETARY INSTITUTION MARINE RESCUE SERVICE
    [InlineData("Institute of Marine Instrumentation and Robotics", "ofac-sdn:46686")] // AUTONOMOUS NONPROFIT ORGANIZATION ...
    [InlineData("GUP Kerch Sea Commercial Port", "ofac-sdn:18027")] // a state unitary enterprise is a state enterprise
    public void Screen_NameOfAStateBodyWithoutItsForm_MatchesTheListedBody(string name, string listed)
    {
        // Rostec is on the non-SDN lists too, under the same name: either may come first.
        var hits = screener.Screen(new ScreeningQuery { Name = name, Schema = Schema.Organization });
        var hit = Assert.Single(hits, h => h.Entity.Id == listed);
        Assert.Equal(hits[0].Score, hit.Score);
        Assert.True(hit.Score >= 0.9, $"{hit.Score:0.000}");
    }
}
