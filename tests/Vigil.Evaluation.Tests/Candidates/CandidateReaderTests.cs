using Vigil.Evaluation.Candidates;

namespace Vigil.Evaluation.Tests.Candidates;

public sealed class CandidateReaderTests
{
    [Theory]
    [InlineData("positives_un_treated.csv", 683)]
    [InlineData("positives_un_untreated.csv", 683)]
    [InlineData("positives_us_congress_untreated.csv", 1254)]
    [InlineData("negatives_global.csv.gz", 50000)]
    [InlineData("negatives_us.csv.gz", 50000)]
    public void Read_BundledFile_ReadsEveryRow(string file, int rows)
    {
        var read = CandidateReader.Read(Path.Combine(TestPaths.Bench.Directory, "candidates", file));

        Assert.Equal(rows, read.Length);
        Assert.Equal(Enumerable.Range(1, rows), read.Select(r => r.Row));
        Assert.All(read, r => Assert.False(string.IsNullOrWhiteSpace(r.FullName)));
    }

    [Fact]
    public void Read_GzippedNegatives_DecodesTextAndQuotes()
    {
        var first = CandidateReader.Read(TestPaths.Bench.NegativesGlobal)[0];

        Assert.Equal("حسین موسوی", first.FullName);
        Assert.Equal("1945-04-29", first.DateOfBirth);
        Assert.Equal("Iraq", first.Nationality);
        Assert.Equal(2, first.Line);
    }

    [Fact]
    public void Read_QuotedNameWithComma_KeepsTheComma()
    {
        var first = CandidateReader.Read(TestPaths.Bench.UnTreated)[0];

        Assert.Equal("SALEK, ABDULHAI", first.FullName);
        Assert.Equal("af", first.Nationality);
    }
}
