using Vigil.Evaluation.NameBench;

namespace Vigil.Evaluation.Tests.NameBench;

public sealed class NameBenchSplitTests
{
    private static readonly NameCase[] Cases = [.. Enumerable.Range(0, 101).Select(i => new NameCase(i + 2, "g", "Person", $"Name {i}", $"Other {i}", i % 2 == 0, string.Empty, string.Empty, string.Empty))];

    [Fact]
    public void HalfA_OddCount_TakesTheLargerHalf() =>
        Assert.Equal(51, NameBenchSplit.HalfA(Cases, BenchFiles.SplitSeed).Count(a => a));

    [Fact]
    public void HalfA_SameSeed_SameSplit() =>
        Assert.Equal(NameBenchSplit.HalfA(Cases, 7), NameBenchSplit.HalfA(Cases, 7));

    [Fact]
    public void HalfA_OtherSeed_OtherSplit() =>
        Assert.NotEqual(NameBenchSplit.HalfA(Cases, 1), NameBenchSplit.HalfA(Cases, 2));

    [Fact]
    public void HalfA_FileReordered_EachCaseKeepsItsHalf()
    {
        var forward = NameBenchSplit.HalfA(Cases, BenchFiles.SplitSeed);
        var reversed = NameBenchSplit.HalfA([.. Cases.Reverse()], BenchFiles.SplitSeed);

        for (var i = 0; i < Cases.Length; i++)
        {
            Assert.Equal(forward[i], reversed[Cases.Length - 1 - i]);
        }
    }

    [Fact]
    public void HalfA_BundledCases_SplitsEveryGroupRoughlyEvenly()
    {
        var cases = NameCaseReader.Read(TestPaths.Bench.NameCases);
        var inA = NameBenchSplit.HalfA(cases, BenchFiles.SplitSeed);

        Assert.Equal(413, inA.Count(a => a));
        var synth = Enumerable.Range(0, cases.Length).Where(i => cases[i].Group == "synth_people").ToList();
        Assert.InRange(synth.Count(i => inA[i]), synth.Count * 0.4, synth.Count * 0.6);
    }
}
