using System.Runtime.CompilerServices;

namespace Vigil.Matching.Scoring;

/// <summary>
/// For a window of two or three adjacent tokens of another name, the tokens of one name (a query's) that could be
/// their compound: one bit per token, from tables made once for the name, so that the bound tests a candidate's
/// windows against all of the query's tokens in a few look-ups instead of each pair in turn. Every test is one that
/// <c>NameComparer.Mark</c> needs to pass (letter counts within two, or a person's initials; then the first or last
/// letter, or the first sound, or a long word), so the bits left are a superset of the tokens it would mark; it
/// measures them. Letters and sounds share a table entry by their low six bits, which only lets more through.
/// For names written in the same script (not a transliterated pair: those join by <c>Vocalisation</c>'s rules).
/// </summary>
internal struct WindowPartners
{
    /// <summary>Longest window measured: <see cref="Alignment.WindowSimilarity(in JoiningToken, Names.PreparedName, int, int, Span{char}, Span{char})"/> writes a window into 64 characters.</summary>
    private const int MostLetters = 64;

    /// <summary>From this many letters (the token's or the window's) the spelling test looks at no letter.</summary>
    private const int LongWord = 12;

    private LengthTable byLetters;
    private CharTable byFirst;
    private CharTable byLast;
    private CharTable bySound;
    private uint longTokens;
    private uint pairInitials;
    private uint tripleInitials;

    /// <summary>One bit per window letter count some token may be a compound of (as <see cref="NameHeader.Windows"/>, 63 and more on bit 63).</summary>
    public ulong Lengths { get; private set; }

    /// <summary>Fills the tables for the tokens <paramref name="x"/> of a name, a person's or not.</summary>
    public void Reset(ReadOnlySpan<TokenShape> x, bool person)
    {
        this = default;
        for (var i = 0; i < x.Length; i++)
        {
            var t = x[i];
            if (!Alignment.Joinable(t.Kind))
            {
                continue;
            }

            var bit = 1u << i;
            for (var total = Math.Max(t.Length - 2, 0); total <= Math.Min(t.Length + 2, MostLetters); total++)
            {
                byLetters[total] |= bit;
                Lengths |= 1UL << Math.Min(total, 63);
            }

            byFirst[t.First & 63] |= bit;
            byLast[t.Last & 63] |= bit;
            bySound[t.KeyFirst & 63] |= t.KeyLength >= 4 ? bit : 0;
            longTokens |= t.Length >= LongWord ? bit : 0;
            pairInitials |= person && t.Length == 2 ? bit : 0;
            tripleInitials |= person && t.Length == 3 ? bit : 0;
        }
    }

    /// <summary>Whether some window of a name with these <see cref="NameHeader.Windows"/> may be a compound of a token.</summary>
    public readonly bool MayJoin(ulong windows) => windows != 0 && ((windows & Lengths) != 0 || (pairInitials | tripleInitials) != 0);

    /// <summary>
    /// The tokens that may be a compound of window <paramref name="first"/> .. <paramref name="last"/> of
    /// <paramref name="len"/> tokens and <paramref name="total"/> letters.
    /// </summary>
    public readonly uint For(int total, int len, in TokenShape first, in TokenShape last)
    {
        if (total > MostLetters)
        {
            return 0;
        }

        var starts = byFirst[first.First & 63];
        var spelt = (total >= LongWord ? uint.MaxValue : longTokens) | starts | byLast[last.Last & 63];
        var sounded = first.KeyLength > 0 ? bySound[first.KeyFirst & 63] : 0;
        var initials = (len == 2 ? pairInitials : tripleInitials) & starts;
        return (byLetters[total] & (spelt | sounded)) | initials;
    }

    [InlineArray(MostLetters + 1)]
    private struct LengthTable
    {
        private uint first;
    }

    [InlineArray(64)]
    private struct CharTable
    {
        private uint first;
    }
}
