using Vigil.Matching.Names;
using Vigil.Matching.Scoring;

namespace Vigil.Matching.Tests.Scoring;

/// <summary>The windows a compound may stand for: every pair and triple of adjacent joinable tokens, in order.</summary>
public sealed class JoinableWindowsTests
{
    private static TokenShape Token(int length, TokenKind kind = TokenKind.Word) =>
        new(-1, 1f, (ushort)length, 'a', 'a', 'A', 1, kind, TokenRoles.None, 0);

    private static List<(int Start, int Length, int Letters)> Windows(params TokenShape[] tokens)
    {
        var windows = new List<(int, int, int)>();
        foreach (var w in new JoinableWindows(tokens))
        {
            windows.Add((w.Start, w.Length, w.Letters));
            Assert.Equal(w.Start + w.Length - 1, w.Last);
        }

        return windows;
    }

    [Fact]
    public void FourWords_EachPairThenTheTripleFromIt() =>
        Assert.Equal([(0, 2, 3), (0, 3, 6), (1, 2, 5), (1, 3, 9), (2, 2, 7)], Windows(Token(1), Token(2), Token(3), Token(4)));

    [Fact]
    public void LegalFormsAndNumbers_EndAWindow() =>
        Assert.Equal([(0, 2, 5), (3, 2, 9)], Windows(Token(2), Token(3), Token(3, TokenKind.LegalForm), Token(4), Token(5), Token(1, TokenKind.Number)));

    [Fact]
    public void InitialsJoin_ButNoWindowInOneWordOrNone()
    {
        Assert.Equal([(0, 2, 2)], Windows(Token(1, TokenKind.Initial), Token(1, TokenKind.Initial)));
        Assert.Empty(Windows(Token(5)));
        Assert.Empty(Windows());
    }
}
