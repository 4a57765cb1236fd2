using System.Runtime.CompilerServices;

namespace Vigil.Matching.Scoring;

/// <summary>
/// The windows of a name that a compound may stand for: two or three adjacent tokens, each joinable
/// (<see cref="Alignment.Joinable"/>), from the first token on, a pair before the triple that starts with it. The bound
/// walks them to mark compounds and to tell, from shapes alone, whether any may join.
/// </summary>
internal ref struct JoinableWindows
{
    private readonly ReadOnlySpan<TokenShape> tokens;
    private Window current;

    public JoinableWindows(ReadOnlySpan<TokenShape> tokens)
    {
        this.tokens = tokens;
        current = new Window(-1, 0, 0);
    }

    public readonly Window Current => current;

    public readonly JoinableWindows GetEnumerator() => this;

    // Inlined into each walk: the bound takes it for every candidate and listed token.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        var start = current.Start;
        if (current.Length == 2 && start + 2 < tokens.Length && Alignment.Joinable(tokens[start + 2].Kind))
        {
            current = new Window(start, 3, current.Letters + tokens[start + 2].Length);
            return true;
        }

        for (start++; start + 1 < tokens.Length; start++)
        {
            if (Alignment.Joinable(tokens[start].Kind) && Alignment.Joinable(tokens[start + 1].Kind))
            {
                current = new Window(start, 2, tokens[start].Length + tokens[start + 1].Length);
                return true;
            }
        }

        current = new Window(start, 0, 0);
        return false;
    }

    /// <summary>Tokens <paramref name="Start"/> to <see cref="Last"/>, <paramref name="Letters"/> letters together.</summary>
    internal readonly record struct Window(int Start, int Length, int Letters)
    {
        public int Last => Start + Length - 1;
    }
}
