using Vigil.Matching.Scoring;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Matching.Tests.Scoring;

public sealed class EvidenceScorerTests
{
    private static readonly EvidenceScorer Scorer = new(EvidenceWeights.Default);

    private static SanctionsEntity Person(params BirthDate[] dates) =>
        SanctionsEntity.Create("test", "1", Schema.Person, [EntityName.Create("DOE, John")]) with
        {
            BirthDates = [.. dates],
            Nationalities = ["VE"],
            Identifiers = [new Identifier(IdentifierType.Passport, "A1234567", "VE")],
            Gender = Gender.Male,
        };

    [Theory]
    [InlineData(1962, 11, 23, 1.5)]
    [InlineData(1962, null, null, 0.8)]
    [InlineData(1963, null, null, 0.2)]
    [InlineData(1965, null, null, -2.5)]
    [InlineData(1972, null, null, -2.5)] // a decade apart, but one digit typed wrong
    [InlineData(1926, null, null, -2.5)] // two digits swapped
    [InlineData(1990, null, null, -4.0)] // another generation
    [InlineData(2001, null, null, -4.0)]
    public void Adjust_BirthDate_WeighsAgreementAndConflict(int year, int? month, int? day, double expected)
    {
        var q = new ScreeningQuery { Name = "x", BirthDate = new PartialDate(year, month, day) };
        Assert.Equal(expected, Scorer.Adjust(q, Person(BirthDate.On(new PartialDate(1962, 11, 23)))), 6);
    }

    [Fact]
    public void Adjust_DayAndMonthSwapped_IsRecognised()
    {
        var q = new ScreeningQuery { Name = "x", BirthDate = new PartialDate(1962, 5, 11) };
        Assert.Equal(EvidenceWeights.Default.BirthDateSwapped, Scorer.Adjust(q, Person(BirthDate.On(new PartialDate(1962, 11, 5)))), 6);
    }

    [Fact]
    public void Adjust_YearWithinRange_CountsAsNear()
    {
        var q = new ScreeningQuery { Name = "x", BirthDate = new PartialDate(1961) };
        Assert.Equal(EvidenceWeights.Default.BirthYearNear, Scorer.Adjust(q, Person(BirthDate.Between(new PartialDate(1960), new PartialDate(1962)))), 6);
    }

    [Fact]
    public void Adjust_SameIdentifier_IsStrongEvidence()
    {
        var q = new ScreeningQuery { Name = "x", Identifiers = [new Identifier(IdentifierType.Passport, "a-123 4567")] };
        Assert.Equal(EvidenceWeights.Default.IdentifierMatch, Scorer.Adjust(q, Person()), 6);
    }

    [Fact]
    public void Adjust_ConflictingIdentifier_CountsAgainst()
    {
        var q = new ScreeningQuery { Name = "x", Identifiers = [new Identifier(IdentifierType.Passport, "Z9999999", "VE")] };
        Assert.Equal(EvidenceWeights.Default.IdentifierConflict, Scorer.Adjust(q, Person()), 6);
    }

    [Fact]
    public void Adjust_AnotherWallet_IsNoEvidenceEitherWay()
    {
        // A holder has many wallets: one not listed says nothing against the listed ones; the listed one is strong.
        var holder = Person() with { Identifiers = [new Identifier(IdentifierType.CryptoAddress, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")] };
        var other = new ScreeningQuery { Name = "x", Identifiers = [new Identifier(IdentifierType.CryptoAddress, "1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo")] };
        var same = new ScreeningQuery { Name = "x", Identifiers = [new Identifier(IdentifierType.CryptoAddress, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")] };
        Assert.Equal(0, Scorer.Adjust(other, holder), 6);
        Assert.Equal(EvidenceWeights.Default.IdentifierMatch, Scorer.Adjust(same, holder), 6);
    }

    [Fact]
    public void Adjust_Country_AgreesOrConflicts()
    {
        Assert.Equal(EvidenceWeights.Default.CountryMatch, Scorer.Adjust(new ScreeningQuery { Name = "x", Countries = ["VE"] }, Person()), 6);
        Assert.Equal(EvidenceWeights.Default.CountryConflict, Scorer.Adjust(new ScreeningQuery { Name = "x", Countries = ["FR"] }, Person()), 6);
    }

    [Fact]
    public void Adjust_PersonQueryAgainstVessel_IsStronglyAgainst()
    {
        var vessel = SanctionsEntity.Create("test", "2", Schema.Vessel, [EntityName.Create("DOE")]);
        Assert.Equal(EvidenceWeights.Default.SchemaConflict, Scorer.Adjust(new ScreeningQuery { Name = "x", Schema = Schema.Person }, vessel), 6);
    }

    [Fact]
    public void Explain_ListsEachContribution()
    {
        var q = new ScreeningQuery { Name = "x", BirthDate = new PartialDate(1962, 11, 23), Countries = ["VE"], Gender = Gender.Female };
        var items = Scorer.Explain(q, Person(BirthDate.On(new PartialDate(1962, 11, 23))));
        Assert.Contains(items, i => i.Feature == "date of birth");
        Assert.Contains(items, i => i.Feature == "country");
        Assert.Contains(items, i => i.Feature == "gender" && i.Contribution < 0);
    }
}
