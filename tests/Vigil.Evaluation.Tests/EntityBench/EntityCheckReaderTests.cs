using Vigil.Evaluation.Data;
using Vigil.Evaluation.EntityBench;

namespace Vigil.Evaluation.Tests.EntityBench;

public sealed class EntityCheckReaderTests
{
    [Fact]
    public void Read_BundledChecks_Reads228()
    {
        var checks = EntityCheckReader.Read(TestPaths.Bench.EntityChecks);

        Assert.Equal(228, checks.Length);
        Assert.Equal(Enumerable.Range(0, 228), checks.Select(c => c.Index));
        Assert.Equal(138, checks.Count(c => c.Schema == "Person"));
        Assert.Equal(48, checks.Count(c => c.Label is not null));
        var first = checks[0];
        Assert.True(first.Match);
        Assert.Equal("Olaf Scholze", first.Query.First("name"));
        Assert.Equal("Olaf Scholz", first.Candidate.First("name"));
        Assert.Equal(3, first.Line);
    }

    [Fact]
    public void Read_NamePartsAndLists_KeepsEveryValue()
    {
        const string yaml = """
            checks:
              - match: true
                schema: Person
                query:
                  firstName: Hans
                  lastName: Friedrich
                  birthDate: 1970-01-02
                candidate:
                  name: [Hans Friedrich, Hans Fritz]
                  nationality: de
            """;

        var check = Assert.Single(EntityCheckReader.Read(new StringReader(yaml), "inline"));

        Assert.Equal("Hans Friedrich", EntityCheckMapper.DisplayName(check.Query));
        Assert.Equal(["Hans Friedrich", "Hans Fritz"], check.Candidate["name"].ToArray());
        Assert.Equal("1970-01-02", check.Query.First("birthDate"));
    }

    [Theory]
    [InlineData("checks:\n  - schema: Person\n    query: {name: A}\n    candidate: {name: B}\n", 2, "match")]
    [InlineData("checks:\n  - match: yes please\n    schema: Person\n    query: {name: A}\n    candidate: {name: B}\n", 2, "match")]
    [InlineData("checks:\n  - match: true\n    schema: Planet\n    query: {name: A}\n    candidate: {name: B}\n", 2, "Planet")]
    [InlineData("checks:\n  - match: true\n    schema: Person\n    query: {birthDate: 1970}\n    candidate: {name: B}\n", 4, "no name")]
    [InlineData("checks:\n  - match: true\n    schema: Person\n    candidate: {name: B}\n", 2, "query")]
    [InlineData("nothing: here\n", 1, "checks")]
    public void Read_MalformedCheck_FailsNamingTheLine(string yaml, int line, string mentions)
    {
        var ex = Assert.Throws<BenchDataException>(() => EntityCheckReader.Read(new StringReader(yaml), "inline"));

        Assert.Equal(line, ex.Line);
        Assert.Contains(mentions, ex.Message, StringComparison.Ordinal);
    }
}
