using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Matching.Tests.Screening;

public sealed class ScreenerEdgeTests
{
    /// <summary>
    /// A listed name that folds to no token has no token shapes; when such names are laid out last, theirs would start
    /// past the end of the table, and screening every name (the brute-force baseline) prefetches them a few names ahead.
    /// </summary>
    [Fact]
    public void Screen_LastListedNamesFoldToNothing_ScreensEveryWay()
    {
        var entities = Enumerable.Range(0, 20)
            .Select(i => Entity($"e{i}", $"Trading House Number {i} Aurora"))
            .Append(Entity("blank", "--- ...", "!!!", "***", "...", "- -", "??"))
            .ToImmutableArray();
        var screener = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", entities)]);
        var query = new ScreeningQuery { Name = "Trading House Number 7 Aurora" };

        Assert.Equal("e7", screener.ScreenBruteForce(query)[0].Entity.Id);
        Assert.Equal("e7", screener.Screen(query)[0].Entity.Id);
    }

    /// <summary>
    /// Names of one entity scoring the same: the result shows the one sharing most with the query (here word order,
    /// through the keys of adjacent words), else the one listed first, whatever order scoring met them in.
    /// </summary>
    [Fact]
    public void Screen_EntityNamesScoringTheSame_ShowsTheOneClosestToTheQuery()
    {
        var entities = ImmutableArray.Create(
            Entity("torres", "TORRES FELIX JAVIER", "FELIX TORRES JAVIER"),
            Entity("orinoco", "ORINOCO MARITIME", "Orinoco Maritime", "Orinoco-Maritime"),
            Entity("other", "Caribe Maritime"));
        var screener = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", entities)]);

        var torres = screener.Screen(new ScreeningQuery { Name = "Felix Torres Javier" })[0];
        var orinoco = screener.Screen(new ScreeningQuery { Name = "Orinoco Maritime" })[0];

        Assert.Equal(torres.Score, screener.Screen(new ScreeningQuery { Name = "Torres Felix Javier" })[0].Score, 12);
        Assert.Equal("FELIX TORRES JAVIER", torres.MatchedName.Full);
        Assert.Equal("ORINOCO MARITIME", orinoco.MatchedName.Full);
    }

    /// <summary>Several names of one party (a FollowTheMoney query's aliases): each entity once, at its best name's score, best first.</summary>
    [Fact]
    public void ScreenEach_SeveralNamesOfOneParty_KeepsEachEntitysBest()
    {
        var entities = ImmutableArray.Create(
            Entity("orinoco", "ORINOCO MARITIME"),
            Entity("caribe", "CARIBE MARITIME HOLDINGS"));
        var screener = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", entities)]);
        var query = new ScreeningQuery { Name = "unused" };
        string[] names = ["Orinoco Maritme", "Orinoco Maritime", "Caribe Maritime Holdings"];

        var hits = screener.ScreenEach(query, names);

        Assert.Equal(["caribe", "orinoco"], hits.Select(h => h.Entity.Id).Order(StringComparer.Ordinal));
        Assert.Equal(screener.Screen(query with { Name = "Orinoco Maritime" })[0].Score, hits.Single(h => h.Entity.Id == "orinoco").Score, 12);
        Assert.True(hits[0].Score >= hits[1].Score);
        Assert.Single(screener.ScreenEach(query, names, limit: 1));
    }

    /// <summary>
    /// One word read as a Korean family name where it stands first and as a plain word inside a given name: screening,
    /// which compares each distinct listed word once a query, scores both names as comparing them one by one does.
    /// </summary>
    [Fact]
    public void Screen_WordReadByWhereItStands_ScoresAsTheComparer()
    {
        var entities = ImmutableArray.Create(
            Entity("middle", Schema.Person, "KIM, Yu Chol"),
            Entity("first", Schema.Person, "YU, Kwang Ho"));
        var screener = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", entities)]);
        var query = new ScreeningQuery { Name = "Yoo Kwang Ho", Schema = Schema.Person };

        var hit = Assert.Single(screener.Screen(query), h => h.Entity.Id == "first");

        Assert.Equal(screener.Compare(query, entities[1]).Score, hit.Score, 12);
        Assert.True(hit.IsMatch, $"{hit.Score:0.000}");
    }

    /// <summary>
    /// A word that is a particle elsewhere ("haji", "sheikh") standing alone before the comma is the listed person's
    /// family name, as the list says: the given names alone are another person's, the whole name is the listed one.
    /// </summary>
    [Theory]
    [InlineData("HAJI", "Ali Ahmed")]
    [InlineData("SHEIKH", "Muhammad Naeem")]
    public void Screen_ParticleStandingAsFamilyName_IsTheFamilyName(string family, string given)
    {
        var entity = new SanctionsEntity
        {
            Id = "listed",
            Source = "test",
            SourceId = "listed",
            Schema = Schema.Person,
            Names = [new EntityName($"{family}, {given}", NameKind.Primary, Given: given, Family: family)],
        };
        var screener = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", [entity])]);

        var givenOnly = screener.Screen(new ScreeningQuery { Name = given, Schema = Schema.Person });
        var whole = screener.Screen(new ScreeningQuery { Name = $"{given} {family}", Schema = Schema.Person });

        Assert.DoesNotContain(givenOnly, h => h.IsMatch);
        Assert.True(whole[0].IsMatch, $"{whole[0].Score:0.000}");
    }

    /// <summary>
    /// A Korean family name's other spellings are read where the list puts the family name: the record's family name,
    /// else the first word (the lists write Korean names family name first). "Chun" ending "PAK TO CHUN" is a given
    /// name's syllable, and "Park Jong Chon" is not the listed man by "Chon" and "Chun" read as one family name.
    /// </summary>
    [Fact]
    public void Screen_KoreanFamilyNameRead_OnlyWhereTheListPutsIt()
    {
        var entity = new SanctionsEntity
        {
            Id = "listed",
            Source = "test",
            SourceId = "listed",
            Schema = Schema.Person,
            Names = [new EntityName("PAK TO CHUN", NameKind.Primary, Given: "TO CHUN", Family: "PAK"), new EntityName("Pak Do Chun", NameKind.StrongAlias)],
        };
        var screener = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", [entity])]);

        var other = screener.Screen(new ScreeningQuery { Name = "Park Jong Chon", Schema = Schema.Person });
        var same = screener.Screen(new ScreeningQuery { Name = "Park To Chun", Schema = Schema.Person });

        Assert.DoesNotContain(other, h => h.IsMatch);
        Assert.True(same[0].IsMatch, $"{same[0].Score:0.000}");
    }

    /// <summary>
    /// A person's name that shares only its common surname with a listed name is not scored unless its other word may
    /// pair one of the listed name's (Kiu / KYU, which no key of the index joins); an organisation's name, or the
    /// option set to the coverage floor, keeps every candidate, and a name of no type every listed organisation's.
    /// Screening scores what the candidates' count says.
    /// </summary>
    [Fact]
    public void CandidateEntityIds_PersonFoundByOneWordOnly_KeptOnlyWhenAnotherWordMayPair()
    {
        var entities = Enumerable.Range(0, 40).Select(i => Entity($"f{i}", Schema.Person, $"Filler{(char)('a' + (i % 26))}{i} Person{i}"))
            .Append(Entity("maria", Schema.Person, "RODRIGUEZ, Maria"))
            .Append(Entity("kyu", Schema.Person, "RODRIGUEZ, Kyu"))
            .Append(Entity("meridian", Schema.Organization, "RODRIGUEZ MERIDIAN"))
            .ToImmutableArray();
        var lists = new[] { new ListSnapshot("test", "Test", null, "memory", "0", entities) };
        var screener = new Screener(lists);
        var everyCandidate = new Screener(lists, new MatchingOptions { PersonOneWordCoverage = MatchingOptions.Default.MinimumCoverage });
        var person = new ScreeningQuery { Name = "Kiu Rodriguez", Schema = Schema.Person };

        Assert.Equal(["kyu"], screener.CandidateEntityIds(person).Order());
        Assert.Equal(["kyu", "maria", "meridian"], everyCandidate.CandidateEntityIds(person).Order());
        Assert.Equal(["kyu", "maria", "meridian"], screener.CandidateEntityIds(person with { Schema = Schema.Organization }).Order());

        // Of no type, the name may be an organisation's: only listed persons' names are held to the rule.
        Assert.Equal(["kyu", "meridian"], screener.CandidateEntityIds(person with { Schema = null }).Order());
        Assert.Equal("kyu", screener.Screen(person, 10, null, out var work)[0].Entity.Id);
        Assert.Equal(1, work.Candidates);
        everyCandidate.Screen(person, 10, null, out work);
        Assert.Equal(3, work.Candidates);
        screener.Screen(person with { Schema = null }, 10, null, out work);
        Assert.Equal(2, work.Candidates);
    }

    private static SanctionsEntity Entity(string id, params string[] names) => Entity(id, Schema.Organization, names);

    private static SanctionsEntity Entity(string id, Schema schema, params string[] names) => new()
    {
        Id = id,
        Source = "test",
        SourceId = id,
        Schema = schema,
        Names = [.. names.Select(n => new EntityName(n, NameKind.Primary))],
    };
}
