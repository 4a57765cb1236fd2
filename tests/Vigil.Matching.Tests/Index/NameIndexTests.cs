using Vigil.Matching.Index;
using Vigil.Matching.Names;
using Vigil.Model;

namespace Vigil.Matching.Tests.Index;

public sealed class NameIndexTests
{
    private static PreparedName Prepare(string name) => NamePreparer.Uniform.Prepare(name, Schema.Organization);

    [Fact]
    public void Candidates_MoreThanFit_TheBestCovered()
    {
        var index = new NameIndex([Prepare("Orinoco Petrol Holdings Group"), Prepare("Orinoco Petrol"), Prepare("Caracas Petrol")]);
        var output = new int[2];

        var n = index.Candidates(Prepare("Orinoco Petrol"), output, 0.1f);

        // The name sharing everything and the longer one sharing both words, not the one sharing one word.
        Assert.Equal([0, 1], output[..n].Order());
    }

    [Fact]
    public void Candidates_EqualCoverage_TheCutKeepsTheLowestIds()
    {
        // 300 names equally covered by the query, met through the index in an order unrelated to their ids: which
        // make a cut of 50 must not depend on that order or on the selection algorithm.
        var names = Enumerable.Range(0, 300).Select(i => Prepare($"Meridian Shipping {Word(i)}")).ToArray();
        var index = new NameIndex(names);
        var output = new int[50];

        var n = index.Candidates(Prepare("Meridian Shipping"), output, 0.1f);

        Assert.Equal(50, n);
        Assert.Equal(Enumerable.Range(0, 50), output.Order());
    }

    /// <summary>A distinct made-up word of equal length and weight for each i ("qa", "qb", ... as letters).</summary>
    private static string Word(int i) => $"Zo{(char)('a' + (i / 26 % 26))}{(char)('a' + (i % 26))}ka";
}
