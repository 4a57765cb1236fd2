using Vigil.Evaluation.Cases;
using Vigil.Evaluation.Data;
using Vigil.Model;

namespace Vigil.Evaluation.Tests.Cases;

public sealed class CaseFileReaderTests
{
    [Fact]
    public void Read_GoodFile_ReadsEveryCase()
    {
        using var file = TempFile.Write("query\tschema\texpected\nNicolas Maduro\tPerson\tofac-sdn:22790\nAcme \"Best\" Widgets\tAny\tNONE\n\nSea Star\tvessel\tun-sc:QDe.1\n", ".tsv");
        var path = file.Path;

        var cases = CaseFileReader.Read(path);

        Assert.Equal(
            [new CaseRow(2, "Nicolas Maduro", Schema.Person, "ofac-sdn:22790"), new CaseRow(3, "Acme \"Best\" Widgets", null, null), new CaseRow(5, "Sea Star", Schema.Vessel, "un-sc:QDe.1")],
            cases.ToArray());
    }

    [Fact]
    public void Read_ColumnsInAnotherOrder_ReadsByHeaderName()
    {
        var cases = CaseFileReader.Read(new StringReader("expected\tquery\tschema\nNONE\tJohn Smith\tOrganization\n"), "inline");

        Assert.Equal(new CaseRow(2, "John Smith", Schema.Organization, null), Assert.Single(cases));
    }

    [Theory]
    [InlineData("query\tschema\texpected\nA B\tPerson\tNONE\nC D\tPerson\n", 3, "fields")]
    [InlineData("query\tschema\texpected\nA B\tPlanet\tNONE\n", 2, "Planet")]
    [InlineData("query\tschema\texpected\n\tPerson\tNONE\n", 2, "query is empty")]
    [InlineData("query\tschema\texpected\nA B\tPerson\t \n", 2, "NONE")]
    [InlineData("query\tkind\texpected\nA B\tPerson\tNONE\n", 1, "schema")]
    [InlineData("", 1, "header")]
    public void Read_BadRow_FailsNamingTheLine(string text, int line, string mentions)
    {
        var ex = Assert.Throws<BenchDataException>(() => CaseFileReader.Read(new StringReader(text), "cases.tsv"));

        Assert.Equal(line, ex.Line);
        Assert.Contains(mentions, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"cases.tsv: line {line}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_Fails() =>
        Assert.Throws<BenchDataException>(() => CaseFileReader.Read(Path.Combine(Path.GetTempPath(), "no-such-cases.tsv")));
}
