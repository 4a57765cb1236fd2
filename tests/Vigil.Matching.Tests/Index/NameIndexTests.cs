using System.Reflection;
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
    public void Scratch_QueryInterruptedBeforeTakeBest_LeavesNoNameOutOfLaterQueries()
    {
        var scratch = new NameIndex.Scratch();
        float[] contents = [1f, 1f];
        scratch.Ensure(contents, 1);
        scratch.Add(0, 1f, scratch.NextStamp()); // then an exception: TakeBest never runs

        scratch.Ensure(contents, 1);
        scratch.Add(0, 1f, scratch.NextStamp());
        var output = new int[2];
        var n = scratch.TakeBest(output, [], 1f, 0.5f, 0.5f, []);

        Assert.Equal([0], output[..n]);
    }

    /// <summary>
    /// A name that one query word alone found, below the one-word floor, is marked with that word; one that two words
    /// found, or that one word found through the name's own key of two adjacent words ("Ex Cle" under "excle"), is not.
    /// </summary>
    [Fact]
    public void Candidates_FoundByOneWordBelowTheOneWordFloor_MarkedWithThatWord()
    {
        var index = new NameIndex([Prepare("Meridian Zeta Qoppa"), Prepare("Meridian Alpha"), Prepare("Ex Cle Zeta Qoppa Rho")]);
        var output = new int[3];
        var lone = new int[3];

        var n = index.Candidates(Prepare("Alpha Meridian"), output, new long[3], 0.3f, 0.5f, lone);
        var marked = output[..n].Zip(lone[..n]).OrderBy(p => p.First).ToArray();

        Assert.Equal([(0, 1), (1, -1)], marked);

        n = index.Candidates(Prepare("Excle Holdings"), output, new long[3], 0.2f, 0.5f, lone);

        Assert.Equal(1, n);
        Assert.Equal((2, -1), (output[0], lone[0]));
    }

    [Fact]
    public void Scratch_QueryInterruptedBeforeTakeBest_LeavesNoWordCountToLaterQueries()
    {
        var scratch = new NameIndex.Scratch();
        float[] contents = [1f, 1f];
        scratch.Ensure(contents, 1);
        scratch.Add(0, 0.1f, scratch.NextStamp(), 1, 0);
        scratch.Add(0, 0.1f, scratch.NextStamp(), 1, 1); // then an exception: TakeBest never runs

        scratch.Ensure(contents, 1);
        scratch.Add(0, 0.5f, scratch.NextStamp(), 1, 0);
        var output = new int[2];
        var lone = new int[2];
        var n = scratch.TakeBest(output, [], 1f, 0.3f, 0.9f, lone);

        Assert.Equal(1, n);
        Assert.Equal(0, lone[0]);
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

    [Fact]
    public void Candidates_AfterAnotherIndexOnTheSameThread_UseTheirOwnNamesWeights()
    {
        // Candidate generation keeps each name's content weight in per-thread scratch: after a query on a long name's
        // index (a list refresh builds a new one), the short name of the same id must not be ranked by the long one's
        // weight (1 of 8 shared: below the floor).
        var before = new NameIndex([Prepare("Orinoco Caracas Bolivar Llanos Andes Merida Cumana Barinas")]);
        var after = new NameIndex([Prepare("Orinoco")]);
        var output = new int[1];
        var query = Prepare("Orinoco");

        Assert.Equal(0, before.Candidates(query, output, 0.3f));
        Assert.Equal(1, after.Candidates(query, output, 0.3f));
        Assert.Equal(0, before.Candidates(query, output, 0.3f));
    }

    [Fact]
    public void Candidates_StampCounterAtItsLimit_StartsAgainAndFindsTheSame()
    {
        // Each query word draws a stamp from a per-thread counter; a busy server reaches its limit within days. The
        // counter then starts again from cleared stamps: the query under way keeps what it has credited.
        var index = new NameIndex([Prepare("Orinoco Petrol Holdings Group"), Prepare("Orinoco Petrol"), Prepare("Caracas Petrol"), Prepare("Bolivar Holdings")]);
        var query = Prepare("Orinoco Petrol Holdings");
        var expected = Found(index, query);

        var scratch = typeof(NameIndex).GetField("scratch", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var stamp = scratch.GetType().GetField("stamp", BindingFlags.NonPublic | BindingFlags.Instance)!;
        stamp.SetValue(scratch, int.MaxValue - 2);

        Assert.Equal(expected, Found(index, query));
        Assert.True((int)stamp.GetValue(scratch)! is > 0 and < 10);
        Assert.Equal(expected, Found(index, query));

        static int[] Found(NameIndex index, PreparedName query)
        {
            var output = new int[10];
            return [.. output[..index.Candidates(query, output, 0.1f)].Order()];
        }
    }

    [Fact]
    public void Candidates_WordUnderManyKeys_CreditedOnce()
    {
        // "orinoco" is found under its spelling, every deletion and its sound; "orinoko" under one deletion. Each
        // credits its name once, so both names are equally covered and the cut keeps the lower id.
        var index = new NameIndex([Prepare("Orinoko"), Prepare("Orinoco")]);
        var output = new int[1];

        var n = index.Candidates(Prepare("Orinoco"), output, 0.1f);

        Assert.Equal(1, n);
        Assert.Equal(0, output[0]);
    }

    [Fact]
    public void Candidates_WordCarriedByManyNames_FindsEveryName()
    {
        // One distinct word keyed once leads to every name carrying it, also through a misspelling's key.
        var names = Enumerable.Range(0, 120).Select(i => Prepare($"{Word(i)} Meridian")).ToArray();
        var index = new NameIndex(names);
        var output = new int[400];

        Assert.Equal(121, index.WordCount);
        Assert.Equal(120, index.Candidates(Prepare("Meridian"), output, 0f));
        Assert.Equal(120, index.Candidates(Prepare("Meridain"), output, 0f));
        Assert.Equal(Enumerable.Range(0, 120), output[..120].Order());
    }

    /// <summary>A distinct made-up word of equal length and weight for each i ("qa", "qb", ... as letters).</summary>
    private static string Word(int i) => $"Zo{(char)('a' + (i / 26 % 26))}{(char)('a' + (i % 26))}ka";
}
