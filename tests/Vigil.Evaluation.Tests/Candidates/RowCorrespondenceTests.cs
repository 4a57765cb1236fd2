using Vigil.Evaluation.Candidates;

namespace Vigil.Evaluation.Tests.Candidates;

public sealed class RowCorrespondenceTests
{
    [Fact]
    public void Mismatches_BundledUnFiles_EveryRowCorresponds()
    {
        var treated = CandidateReader.Read(TestPaths.Bench.UnTreated);
        var untreated = CandidateReader.Read(TestPaths.Bench.UnUntreated);

        Assert.Empty(RowCorrespondence.Mismatches(treated, untreated));
    }

    [Fact]
    public void Mismatches_FilesShiftedByOneRow_MostRowsDoNotCorrespond()
    {
        var treated = CandidateReader.Read(TestPaths.Bench.UnTreated);
        var untreated = CandidateReader.Read(TestPaths.Bench.UnUntreated);

        var bad = RowCorrespondence.Mismatches([.. treated.Skip(1)], [.. untreated.Take(untreated.Length - 1)]);

        Assert.True(bad.Count > 600, $"only {bad.Count} shifted rows were told apart");
    }

    [Theory]
    [InlineData("LAUREN TNKUNDA", "LAURENT NKUNDA", true)]
    [InlineData("SALEK, ABDULHAI", "ABDULHAI SALEK", true)]
    [InlineData("SIRAJUDIN JALALOUDINE HAQANI", "SIRAJUDDIN JALLALOUDINE HAQQANI", true)]
    [InlineData("JANAN AGHA", "KO TAE HUN", false)]
    public void Corresponds_NoisedName_TellsSamePersonFromAnother(string a, string b, bool same) =>
        Assert.Equal(same, RowCorrespondence.Corresponds(Row(a), Row(b, dob: "1999")));

    private static CandidateRow Row(string name, string dob = "1960") =>
        new(1, 2, name, string.Empty, string.Empty, string.Empty, string.Empty, dob, string.Empty, "af");
}
