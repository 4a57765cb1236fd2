using FsCheck.Xunit;
using Vigil.Text.Similarity;

namespace Vigil.Text.Tests.Similarity;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("soluciones", "solciones", 1)]
    [InlineData("maduro", "maduro", 0)]
    public void Levenshtein_KnownPairs_GivesDistance(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Levenshtein(a, b));

    [Fact]
    public void Levenshtein_LongerThanStackBuffer_Works() =>
        Assert.Equal(1, EditDistance.Levenshtein(new string('a', 300), new string('a', 299) + "b"));

    [Property(MaxTest = 2000)]
    public bool Levenshtein_BitParallel_AgreesWithDynamicProgramme(string? a, string? b) =>
        EditDistance.Levenshtein(a ?? string.Empty, b ?? string.Empty) == EditDistance.Reference(a ?? string.Empty, b ?? string.Empty);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Distance_SmallAlphabets_AgreesWithDynamicProgramme(bool transpositions)
    {
        // Random strings rarely share letters; names drawn from a few letters exercise every carry of the bit vectors
        // and, with swaps, every crosswise match.
        var random = new Random(7);
        const string Alphabet = "abcé";
        for (var n = 0; n < 20_000; n++)
        {
            var a = Draw(random, Alphabet, random.Next(0, 70));
            var b = Draw(random, Alphabet[..random.Next(1, Alphabet.Length + 1)], random.Next(0, 70));
            var distance = transpositions ? EditDistance.WithTranspositions(a, b) : EditDistance.Levenshtein(a, b);
            Assert.Equal(EditDistance.Reference(a, b, transpositions), distance);
        }
    }

    [Theory]
    [InlineData("bank", "bakn", 1)]
    [InlineData("tech", "etch", 1)]
    [InlineData("star", "tsar", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "badc", 2)]
    [InlineData("", "ab", 2)]
    public void WithTranspositions_KnownPairs_CountsASwapOnce(string a, string b, int expected)
    {
        // "ca" / "abc" is 3, not the 2 of unrestricted Damerau: no character is edited twice.
        Assert.Equal(expected, EditDistance.WithTranspositions(a, b));
        Assert.Equal(expected, EditDistance.WithTranspositions(b, a));
    }

    [Property(MaxTest = 1000)]
    public bool WithTranspositions_IsAtMostLevenshteinAndAtLeastHalf(string? a, string? b)
    {
        var x = a ?? string.Empty;
        var y = b ?? string.Empty;
        var osa = EditDistance.WithTranspositions(x, y);
        var lev = EditDistance.Levenshtein(x, y);
        return osa <= lev && 2 * osa >= lev && osa == EditDistance.Reference(x, y, transpositions: true);
    }

    private static string Draw(Random random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, s) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = s.alphabet[s.random.Next(s.alphabet.Length)];
            }
        });

    [Theory]
    [InlineData("a", "b")]
    [InlineData("abababababababababababababababababababababababababababababababab", "babababababababababababababababababababababababababababababababa")]
    [InlineData("ẞtraße", "strasse")]
    [InlineData("иванов", "ivanov")]
    [InlineData("мухаммад", "мухамед")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy")]
    public void Levenshtein_WordBoundaryAndNonAscii_AgreesWithDynamicProgramme(string a, string b)
    {
        Assert.Equal(EditDistance.Reference(a, b), EditDistance.Levenshtein(a, b));
        Assert.Equal(EditDistance.Reference(b, a), EditDistance.Levenshtein(b, a));
    }

    [Property(MaxTest = 300)]
    public bool Levenshtein_IsSymmetric(string? a, string? b) =>
        EditDistance.Levenshtein(a ?? string.Empty, b ?? string.Empty) == EditDistance.Levenshtein(b ?? string.Empty, a ?? string.Empty);

    [Property(MaxTest = 300)]
    public bool Similarity_StaysWithinUnitInterval(string? a, string? b)
    {
        var s = EditDistance.Similarity(a ?? string.Empty, b ?? string.Empty);
        var j = JaroWinkler.Similarity(a ?? string.Empty, b ?? string.Empty);
        return s is >= 0 and <= 1 && j is >= 0 and <= 1.0000001;
    }

    [Fact]
    public void JaroWinkler_CommonPrefix_ScoresHigherThanJaro() =>
        Assert.True(JaroWinkler.Similarity("martha", "marhta") > JaroWinkler.Jaro("martha", "marhta"));
}
