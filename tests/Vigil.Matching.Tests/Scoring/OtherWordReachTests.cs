using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Tests.Scoring;

/// <summary>
/// Candidate generation drops a name that one word of a person's name alone found, below the one-word floor, unless
/// another word of the query may pair one of its words at <see cref="OtherWordReach.LoneMinimum"/>; it must never say
/// no where the tokens' similarity reaches that.
/// </summary>
public sealed class OtherWordReachTests
{
    private static readonly string[] Words =
    [
        "kiu", "kyu", "gyu", "kim", "gaddafi", "qadhafi", "qaddafi", "palnychenko", "panchenko", "petra", "maria", "mariya",
        "petar", "pietra", "gilberto", "joseph", "yousef", "josef", "giuseppe", "jose", "paul", "pavel", "pablo", "a", "j",
        "allen", "aleksandr", "alexander", "alessandro", "zakharov", "zharov", "shahbaz", "sherbaz", "hajy", "haji",
        "muhammad", "mohamed", "mhmd", "ali", "lli", "abdulvahap", "alvahap", "abd", "xy", "zw", "xyzw", "bijan", "vian",
        "hassan", "hasan", "husayn", "hussein", "nikolai", "nikolay", "yevgeny", "evgeny", "evgeniy", "o", "ogungbuyi",
    ];

    private static TokenShape Shape(string word) => TokenShape.Of(Prepare(word), 0);

    private static PreparedName Prepare(string name) => NamePreparer.Uniform.Prepare(name, Schema.Person);

    [Theory]
    [InlineData("kiu", "kyu")]
    [InlineData("gaddafi", "qadhafi")]
    [InlineData("palnychenko", "panchenko")]
    [InlineData("joseph", "yousef")]
    [InlineData("paul", "pavel")]
    [InlineData("a", "allen")]
    public void MayAlign_PairsTheIndexDoesNotJoin(string a, string b)
    {
        Assert.True(OtherWordReach.MayAlign(Shape(a), Shape(b)));
        Assert.True(OtherWordReach.MayAlign(Shape(b), Shape(a)));
    }

    [Theory]
    [InlineData("petra", "maria")]
    [InlineData("petra", "gilberto")]
    [InlineData("j", "allen")]
    [InlineData("bijan", "vian")]
    public void MayAlign_WordsTooUnlike_DoNot(string a, string b) => Assert.False(OtherWordReach.MayAlign(Shape(a), Shape(b)));

    /// <summary>The rule is only as safe as this: every pair whose similarity reaches the minimum may align.</summary>
    [Fact]
    public void MayAlign_NeverNoWhereTheTokensReachTheMinimum()
    {
        foreach (var a in Words)
        {
            foreach (var b in Words)
            {
                var similarity = TokenSimilarity.Compute(Prepare(a), 0, Prepare(b), 0, out _);
                if (similarity >= OtherWordReach.LoneMinimum)
                {
                    Assert.True(OtherWordReach.MayAlign(Shape(a), Shape(b)), $"{a} / {b}: {similarity:0.000}");
                }
            }
        }
    }

    /// <summary>Two listed words written together are made only at the lengths a query word may align with.</summary>
    [Fact]
    public void JoinedLengths_EveryCompoundAWordMayAlignWith()
    {
        var words = Words.Select(Shape).ToArray();
        var lengths = new ulong[words.Length];
        OtherWordReach.JoinedLengths(words, lengths);
        foreach (var x in Words)
        {
            foreach (var y in Words)
            {
                var joined = new TokenShape[1];
                OtherWordReach.Pairs(Shapes($"{x} {y}"), joined);
                for (var i = 0; i < words.Length && joined[0].Length > 0; i++)
                {
                    Assert.True(!OtherWordReach.MayAlign(words[i], joined[0]) || ((lengths[i] >> Math.Min((int)joined[0].Length, 63)) & 1) != 0, $"{Words[i]} / {x}{y}");
                }
            }
        }
    }

    [Fact]
    public void MayAlignOther_TheWordThatFoundTheNameDoesNotCount()
    {
        var query = Shapes("Kocak Petra");
        var name = Prepare("KOCAK, Maria");

        Assert.False(MayAlignOther(query, 0, NameHeader.Of(name), Shapes(name)));
        Assert.True(MayAlignOther(query, 1, NameHeader.Of(name), Shapes(name)));
    }

    /// <summary>A name of no type is read as an organisation's, where "Se" is a legal form; a listed person's SE is a word.</summary>
    [Fact]
    public void MayAlignOther_QueryWordReadAsLegalForm_MayBeAPersonsWord()
    {
        var query = NamePreparer.Uniform.Prepare("Paek Se", Schema.LegalEntity);
        var name = Prepare("PAEK SE BONG");

        Assert.Equal(TokenKind.LegalForm, query.Kinds[1]);
        Assert.True(MayAlignOther(Shapes(query), 0, NameHeader.Of(name), Shapes(name)));
    }

    /// <summary>Neither word alone is close enough to the compound; the two written together are it.</summary>
    [Fact]
    public void MayAlignOther_CompoundOfTwoWords_EitherWay()
    {
        var apart = Prepare("KOCAK, Xy Zw");
        var together = Prepare("KOCAK, Xyzw");

        Assert.True(MayAlignOther(Shapes("Kocak Xy Zw"), 0, NameHeader.Of(together), Shapes(together)));
        Assert.True(MayAlignOther(Shapes("Kocak Xyzw"), 0, NameHeader.Of(apart), Shapes(apart)));
        Assert.False(MayAlignOther(Shapes("Kocak Xy Qr"), 0, NameHeader.Of(together), Shapes(together)));
    }

    /// <summary>The check as screening makes it, the query's adjacent words written together made first.</summary>
    private static bool MayAlignOther(TokenShape[] query, int found, in NameHeader header, TokenShape[] name)
    {
        var pairs = new TokenShape[Math.Max(query.Length - 1, 0)];
        OtherWordReach.Pairs(query, pairs);
        var joinedLengths = new ulong[query.Length];
        OtherWordReach.JoinedLengths(query, joinedLengths);
        return OtherWordReach.MayAlignOther(query, pairs, joinedLengths, found, header, name);
    }

    private static TokenShape[] Shapes(string name) => Shapes(Prepare(name));

    private static TokenShape[] Shapes(PreparedName name) => [.. Enumerable.Range(0, name.Tokens.Length).Select(i => TokenShape.Of(name, i))];
}
