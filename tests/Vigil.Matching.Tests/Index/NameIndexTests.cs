using Vigil.Matching.Index;
using Vigil.Matching.Names;
using Vigil.Model;

namespace Vigil.Matching.Tests.Index;

public sealed class NameIndexTests
{
    private static PreparedName Prepare(string name) => NamePreparer.Uniform.Prepare(name, Schema.Organization);

    [Fact]
    public void Candidates_BestCoverageFirst()
    {
        var index = new NameIndex([Prepare("Orinoco Petrol Holdings Group"), Prepare("Orinoco Petrol"), Prepare("Caracas Petrol")]);
        var output = new int[10];

        var n = index.Candidates(Prepare("Orinoco Petrol"), output, 0.1f);

        // The name sharing everything, then the longer one sharing both words, then the one sharing one word.
        Assert.Equal([1, 0, 2], output[..n]);
    }

    [Fact]
    public void Candidates_EqualCoverage_LowerIdFirst_AndTheCutKeepsTheLowestIds()
    {
        // 300 names equally covered by the query, met through the index in an order unrelated to their ids: which
        // make a cut of 50 and their order must not depend on the sort algorithm.
        var names = Enumerable.Range(0, 300).Select(i => Prepare($"Meridian Shipping {Word(i)}")).ToArray();
        var index = new NameIndex(names);
        var output = new int[50];

        var n = index.Candidates(Prepare("Meridian Shipping"), output, 0.1f);

        Assert.Equal(50, n);
        Assert.Equal(Enumerable.Range(0, 50), output);
    }

    /// <summary>A distinct made-up word of equal length and weight for each i ("qa", "qb", ... as letters).</summary>
    private static string Word(int i) => $"Zo{(char)('a' + (i / 26 % 26))}{(char)('a' + (i % 26))}ka";
}
