using Vigil.Model;
using Vigil.Screening.Identifiers;

namespace Vigil.Screening.Tests.Identifiers;

public sealed class BicIndexTests
{
    private static readonly BicIndex Index = new(
    [
        Entity("1", "AAAAIRTH"),
        Entity("2", "BBBBKPPYXXX"),
        Entity("3", "CCCCSYDA123"),
    ]);

    [Theory]
    [InlineData("AAAAIRTH", "1")]
    [InlineData("AAAAIRTHXXX", "1")]
    [InlineData("AAAAIRTH001", "1")]
    [InlineData("BBBBKPPY", "2")]
    [InlineData("BBBBKPPY777", "2")]
    [InlineData("CCCCSYDA123", "3")]
    [InlineData("cccc-syda-123", "3")]
    public void Find_MatchingBic_FindsEntity(string bic, string sourceId)
    {
        var found = Assert.Single(Index.Find(bic));

        Assert.Equal(sourceId, found.Entity.SourceId);
    }

    [Theory]
    [InlineData("CCCCSYDA")]
    [InlineData("CCCCSYDAXXX")]
    [InlineData("CCCCSYDA124")]
    [InlineData("AAAAIRT")]
    [InlineData("DDDDDEFF")]
    public void Find_OtherBic_FindsNothing(string bic)
    {
        Assert.Empty(Index.Find(bic));
    }

    private static SanctionsEntity Entity(string id, string bic) =>
        SanctionsEntity.Create("ofac-sdn", id, Schema.Organization, [EntityName.Create("BANK " + id)]) with
        {
            Identifiers = [new Identifier(IdentifierType.SwiftBic, bic)],
        };
}
