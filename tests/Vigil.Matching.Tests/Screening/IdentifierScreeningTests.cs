using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Matching.Tests.Screening;

/// <summary>
/// Entities found by an identifier the query gives, whatever the names: a listed person's passport under a customer's
/// other name is a result, scored as that identifier alone, when the number identifies its holder; otherwise the
/// number only finds the entity, which its name and evidence then score.
/// </summary>
public sealed class IdentifierScreeningTests
{
    private static readonly Screener Lists = new([new ListSnapshot("test", "Test", null, "memory", "0", [
        Entity("rahimi", Schema.Person, "ALI HASSAN RAHIMI", new Identifier(IdentifierType.Passport, "K-1234567", "IR")),
        Entity("farouk", Schema.Person, "OMAR FAROUK", new Identifier(IdentifierType.Passport, "123456", "YE")),
        Entity("star", Schema.Organization, "NORTHERN STAR OCEAN SHIPPING AND LOGISTICS TRADING COMPANY", new Identifier(IdentifierType.Registration, "77-88-990")),
        Entity("meridian", Schema.Organization, "MERIDIAN HOLDINGS", new Identifier(IdentifierType.Phone, "+98 21 8888 1234"), new Identifier(IdentifierType.Email, "sales@meridian-holdings.example")),
    ])]);

    [Fact]
    public void Screen_ListedPassportUnderAnotherName_IdentifierDecides()
    {
        var hit = Assert.Single(Lists.Screen(Person("John Smith", new Identifier(IdentifierType.Passport, "K1234567"))));
        Assert.Equal("rahimi", hit.Entity.Id);
        Assert.True(hit.IsMatch);
        Assert.Equal(0.982, hit.Score, 3);
        var note = Assert.Single(hit.Explanation.Evidence, e => e.Feature == "identifier decides");
        Assert.Equal(0, note.Contribution);
        Assert.Contains("Passport K-1234567 (IR) is listed for this person", note.Detail, StringComparison.Ordinal);
    }

    // "Is this wallet listed?": an identifier alone is a query; the explanation says no name was given.
    [Fact]
    public void Screen_ListedWalletWithoutName_IdentifierDecides()
    {
        var wallet = new Identifier(IdentifierType.CryptoAddress, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96");
        var lists = new Screener([new ListSnapshot("test", "Test", null, "memory", "0", [Entity("lazarus", Schema.Organization, "LAZARUS GROUP", wallet)])]);

        var hit = Assert.Single(lists.Screen(new ScreeningQuery { Name = string.Empty, Identifiers = [wallet with { Value = "0x098b716b8aaf21512996dc57eb0615e2383e2f96" }] }));

        Assert.Equal(("lazarus", 0.982), (hit.Entity.Id, Math.Round(hit.Score, 3)));
        Assert.StartsWith("no name given; ", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IdentifierType.Passport, "123456", null)] // short, and no issuing country to tell it is the same document
    [InlineData(IdentifierType.Passport, "K1234567", "GB")] // issued elsewhere
    [InlineData(IdentifierType.NationalId, "K1234567", null)] // another kind of document with the same number
    [InlineData(IdentifierType.Other, "K1234567", null)]
    public void Screen_NumberThatDoesNotIdentifyTheHolder_LeavesItToTheName(IdentifierType type, string number, string? country) =>
        Assert.Empty(Lists.Screen(Person("John Smith", new Identifier(type, number, country))));

    [Fact]
    public void Screen_SharedKindsOfIdentifier_AddEvidenceButDoNotDecide()
    {
        // A switchboard number is shared; a mailbox is one party's.
        var phone = new ScreeningQuery { Name = "Globex Trading", Schema = Schema.Organization, Identifiers = [new Identifier(IdentifierType.Phone, "+982188881234")] };
        var email = phone with { Identifiers = [new Identifier(IdentifierType.Email, "SALES@meridian-holdings.example")] };

        Assert.Empty(Lists.Screen(phone));
        Assert.Equal("meridian", Assert.Single(Lists.Screen(email)).Entity.Id);
    }

    [Fact]
    public void Screen_ShortNumberOfTheSameIssuer_IdentifierDecides()
    {
        var hit = Assert.Single(Lists.Screen(Person("John Smith", new Identifier(IdentifierType.Passport, "123-456", "YE"))));
        Assert.Equal("farouk", hit.Entity.Id);
        Assert.Equal(0.982, hit.Score, 3);
    }

    [Fact]
    public void Screen_NameTheIndexDoesNotReach_IsFoundByItsIdentifier()
    {
        var query = new ScreeningQuery { Name = "Star", Schema = Schema.Organization, Identifiers = [new Identifier(IdentifierType.Registration, "7788990")] };
        Assert.Empty(Lists.CandidateEntityIds(query));
        Assert.Empty(Lists.Screen(query with { Identifiers = [] }));

        var hit = Assert.Single(Lists.Screen(query));
        Assert.Equal("star", hit.Entity.Id);
        Assert.Contains(hit.Explanation.Evidence, e => e.Feature == "found by identifier" && e.Contribution == 0);
        Assert.Contains(hit.Explanation.Evidence, e => e.Feature == "identifier" && e.Contribution > 0);
        Assert.Equal(Lists.Compare(query, hit.Entity).Score, hit.Score, 12);
    }

    [Fact]
    public void Screen_EntityFoundByNameAndIdentifier_IsOneResult()
    {
        var hits = Lists.Screen(Person("Ali Hassan Rahimi", new Identifier(IdentifierType.Passport, "K1234567", "IR")));
        var hit = Assert.Single(hits);
        Assert.True(hit.Score > 0.982);
        Assert.DoesNotContain(hit.Explanation.Evidence, e => e.Feature is "identifier decides" or "found by identifier");
    }

    private static ScreeningQuery Person(string name, Identifier id) => new() { Name = name, Schema = Schema.Person, Identifiers = [id] };

    private static SanctionsEntity Entity(string id, Schema schema, string name, params Identifier[] identifiers) => new()
    {
        Id = id,
        Source = "test",
        SourceId = id,
        Schema = schema,
        Names = [new EntityName(name, NameKind.Primary)],
        Identifiers = [.. identifiers],
    };
}
