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
