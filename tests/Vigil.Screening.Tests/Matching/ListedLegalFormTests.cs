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

    // A customer's initials spell a listed name of three letters, with a private limited company's form either way
    // round: no match (a listed name is read as initials from four letters).
    [Theory]
    [InlineData("García Auto Summit Pty Ltd", "ofac-sdn:46432")] // OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU GAS
    [InlineData("Nordic Industrial Kraft Ltd", "ofac-sdn:45760")] // NIK LLC
    public void Screen_InitialsSpellingAShortListedName_IsNoMatch(string name, string listed) =>
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

    // Forms of Bulgaria (OOD, EOOD, AD, EAD), Estonia (OU), Latvia (SIA), North Macedonia (DOOEL), the Gulf (WLL), Iran
    // (PJS), France (SASU) and Southern Africa (CC), which about 150 listed companies end with, were read as rare
    // identifying words: any customer with the same form and one common word matched ("Baltic Trade OU" = "BY TRADE OU"
    // at 0.78), and the name alone lost a word ("Nove Partners" 0.82).
    [Theory]
    [InlineData("Baltic Trade OU", "ofac-sdn:37620")] // BY TRADE OU
    [InlineData("Sofia Trading EOOD", "ofac-sdn:32018")] // EUROBET TRADING EOOD
    [InlineData("Alpha Partners OOD", "ofac-sdn:31891")] // NOVE PARTNERS OOD
    [InlineData("Green Services EAD", "ofac-sdn:32014")] // DIGITAL SERVICES EAD
    public void Screen_OtherCompanyWithAListedForeignForm_IsNoMatch(string name, string listed) =>
        Assert.DoesNotContain(screener.Screen(new ScreeningQuery { Name = name }), h => h.IsMatch && h.Entity.Id == listed);

    [Theory]
    [InlineData("Nove Partners", "NOVE PARTNERS OOD")]
    [InlineData("Izibits", "IZIBITS OU")]
    [InlineData("Ventora Development", "VENTORA DEVELOPMENT SASU")]
    [InlineData("Ashiq Jewellers", "ASHIQ JEWELLERS CC")]
    [InlineData("Chatextech", "CHATEXTECH SIA")]
    [InlineData("Kamchev Konsalting Skopje", "KAMCHEV KONSALTING SKOPJE DOOEL")]
    [InlineData("Valfajr Shipping Company", "VALFAJR SHIPPING COMPANY PJS")]
    public void Screen_ListedCompanyWithoutItsForeignForm_Matches(string name, string listed)
    {
        var top = screener.Screen(new ScreeningQuery { Name = name, Schema = Schema.Organization })[0];
        Assert.Equal(listed, top.MatchedName.Full);
        Assert.True(top.Score >= 0.9, $"{top.Score:0.000}");
    }

    // An LLC and a Ltd. are one kind of company to whoever writes a foreign private limited company in English: "Kami
    // Grupp Ltd" scored 0.56 against the listed OOO (a legal-form conflict), "Garantex Europe LLC" 0.56 against OU.
    [Theory]
    [InlineData("Kami Grupp Ltd", "ofac-sdn:45370")] // OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KAMI GRUPP
    [InlineData("Garantex Europe LLC", "ofac-sdn:36025")] // GARANTEX EUROPE OU
    [InlineData("Garantex Europe Limited", "ofac-sdn:36025")]
    public void Screen_PrivateLimitedCompanyWrittenLlcOrLtd_MatchesTheListedCompany(string name, string listed)
    {
        var top = screener.Screen(new ScreeningQuery { Name = name, Schema = Schema.Organization })[0];
        Assert.Equal(listed, top.Entity.Id);
        Assert.True(top.Score >= 0.9, $"{top.Score:0.000}");
    }

    // A name left with one generic word once its form is read ("BY TRADE OU": "by" an article, "trade" generic) is
    // still its own name: as written it found nothing.
    [Fact]
    public void Screen_NameOfAGenericWordAndAForm_MatchesItself()
    {
        var top = screener.Screen(new ScreeningQuery { Name = "BY TRADE OU" })[0];
        Assert.Equal("ofac-sdn:37620", top.Entity.Id);
        Assert.True(top.Score >= 0.9, $"{top.Score:0.000}");
    }
}
