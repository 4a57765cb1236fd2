using Vigil.Evaluation.Candidates;
using Vigil.Model;

namespace Vigil.Evaluation.Tests.Candidates;

public sealed class UnExpectedMappingTests
{
    private static readonly Lazy<System.Collections.Immutable.ImmutableArray<UnExpectedEntry>> Committed = new(() => UnExpectedMapping.Read(TestPaths.Bench.UnExpected));

    [Fact]
    public void Read_CommittedMapping_HasOneEntryPerUnRow()
    {
        var mapping = Committed.Value;

        Assert.Equal(683, mapping.Length);
        Assert.Equal(Enumerable.Range(1, 683), mapping.Select(m => m.Row));
    }

    [Fact]
    public void Read_CommittedMapping_CoversAllButAFewRowsAndCountsTheRest()
    {
        var mapping = Committed.Value;
        var excluded = mapping.Where(m => m.ExpectedId is null).ToList();

        // Rows without an unambiguous id are excluded from un-recall and counted there; they must stay rare.
        Assert.InRange(excluded.Count, 0, 10);
        Assert.All(excluded, m => Assert.Contains(m.Derivation, new[] { UnExpectedMapping.Ambiguous, UnExpectedMapping.NotFound }));
        Assert.All(mapping.Where(m => m.ExpectedId is not null), m => Assert.Contains(m.Derivation, new[] { UnExpectedMapping.ByName, UnExpectedMapping.ByNameAndBirthYear }));
    }

    [Fact]
    public void Derive_BundledUnList_ReproducesTheCommittedMapping()
    {
        var untreated = CandidateReader.Read(TestPaths.Bench.UnUntreated);

        var derived = UnExpectedMapping.Derive(untreated, SharedScreeners.Un.Entities);

        Assert.Equal(Committed.Value.ToArray(), derived.ToArray());
    }

    [Fact]
    public void Read_CommittedMapping_EveryIdIsALoadedUnPerson()
    {
        foreach (var m in Committed.Value.Where(m => m.ExpectedId is not null))
        {
            var entity = SharedScreeners.Un.Find(m.ExpectedId!);
            Assert.NotNull(entity);
            Assert.Equal(Schema.Person, entity.Schema);
        }
    }

    [Fact]
    public void Derive_TwoPersonsOfOneName_BirthYearDecides()
    {
        var a = SanctionsEntity.Create("un-sc", "A.1", Schema.Person, [new EntityName("Ali Hassan")]) with { BirthDates = [BirthDate.On(new PartialDate(1960))] };
        var b = SanctionsEntity.Create("un-sc", "B.2", Schema.Person, [new EntityName("HASSAN, Ali")]) with { BirthDates = [BirthDate.On(new PartialDate(1975))] };
        CandidateRow[] rows =
        [
            new(1, 2, "ALI HASSAN", string.Empty, string.Empty, string.Empty, string.Empty, "1975-03-01", string.Empty, string.Empty),
            new(2, 3, "ALI HASSAN", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty),
            new(3, 4, "OMAR HASSAN", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty),
        ];

        var derived = UnExpectedMapping.Derive(rows, [a, b]);

        Assert.Equal(new UnExpectedEntry(1, "un-sc:B.2", UnExpectedMapping.ByNameAndBirthYear), derived[0]);
        Assert.Equal(new UnExpectedEntry(2, null, UnExpectedMapping.Ambiguous), derived[1]);
        Assert.Equal(new UnExpectedEntry(3, null, UnExpectedMapping.NotFound), derived[2]);
    }

    [Fact]
    public void WriteThenRead_AnyMapping_RoundTrips()
    {
        UnExpectedEntry[] entries = [new(1, "un-sc:QDi.001", UnExpectedMapping.ByName), new(2, null, UnExpectedMapping.Ambiguous)];
        using var file = TempFile.Write(string.Empty);
        var path = file.Path;

        UnExpectedMapping.Write(path, entries);

        Assert.Equal(entries, UnExpectedMapping.Read(path).ToArray());
    }
}
