using System.Numerics;
using System.Runtime.CompilerServices;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Whether two words' spelling similarity, (edit similarity + Jaro-Winkler) / 2, may reach a floor, told from their
/// shapes: every distinct letter of one word missing from the other leaves one of its letters without a partner, so
/// they have at most so many letters in common, and the bound <c>TokenSimilarity.FuzzyBound</c> makes from that count
/// (the shared head taken at its longest when the first letters agree) rises with it. The least count that reaches
/// the floor is tabled by lengths and first letter.
/// </summary>
internal sealed class SpellingFloor
{
    private const int TabledLength = 32;
    private readonly double floor;
    private readonly byte[] leastCommon;
    private readonly ulong[] reachableLengths;

    /// <summary>A floor; a bound within <paramref name="margin"/> below it still reaches it (rounding).</summary>
    public SpellingFloor(double floor, double margin)
    {
        this.floor = floor - margin;
        leastCommon = new byte[2 * (TabledLength + 1) * (TabledLength + 1)];
        foreach (var sameFirst in (ReadOnlySpan<bool>)[false, true])
        {
            for (var la = 0; la <= TabledLength; la++)
            {
                for (var lb = 0; lb <= TabledLength; lb++)
                {
                    var least = 1;
                    while (least <= Math.Min(la, lb) && !Reaches(least, la, lb, sameFirst))
                    {
                        least++;
                    }

                    leastCommon[Slot(sameFirst, la, lb)] = (byte)(least <= Math.Min(la, lb) ? least : byte.MaxValue);
                }
            }
        }

        reachableLengths = new ulong[TabledLength + 1];
        for (var la = 0; la <= TabledLength; la++)
        {
            reachableLengths[la] = LengthsReached(la);
        }
    }

    /// <summary>
    /// The lengths of the words a word of <paramref name="length"/> letters may reach the floor with: bit n for n
    /// letters, from 1 to 62 (bit 63, for 63 and more, always set).
    /// </summary>
    public ulong ReachableLengths(int length) => length <= TabledLength ? reachableLengths[length] : LengthsReached(length);

    /// <summary>Whether the letters of <paramref name="a"/> and <paramref name="b"/> leave their spelling room to reach the floor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayReach(in TokenShape a, in TokenShape b)
    {
        int la = a.Length, lb = b.Length;
        var common = Math.Min(la - BitOperations.PopCount(a.Letters & ~b.Letters), lb - BitOperations.PopCount(b.Letters & ~a.Letters));
        var sameFirst = a.First == b.First;
        return la <= TabledLength && lb <= TabledLength
            ? common >= leastCommon[Slot(sameFirst, la, lb)]
            : common > 0 && Reaches(common, la, lb, sameFirst);
    }

    /// <summary>Whether two words of lengths <paramref name="la"/> and <paramref name="lb"/> may reach the floor at all.</summary>
    private bool MayReachLengths(int la, int lb) =>
        la <= TabledLength && lb <= TabledLength
            ? leastCommon[Slot(true, la, lb)] <= Math.Min(la, lb)
            : Math.Min(la, lb) > 0 && Reaches(Math.Min(la, lb), la, lb, sameFirst: true);

    private ulong LengthsReached(int la)
    {
        var mask = 1UL << 63;
        for (var lb = 1; lb < 63; lb++)
        {
            mask |= MayReachLengths(la, lb) ? 1UL << lb : 0;
        }

        return mask;
    }

    /// <summary>Whether two words of these lengths with <paramref name="common"/> letters in common may reach the floor.</summary>
    private bool Reaches(int common, int la, int lb, bool sameFirst)
    {
        var head = sameFirst ? Math.Min(4, Math.Min(la, lb)) : 0;
        var edit = (double)common / Math.Max(la, lb);
        var jaro = (((double)common / la) + ((double)common / lb) + 1.0) / 3.0;
        return (edit + jaro + (head * 0.1 * (1.0 - jaro))) / 2.0 >= floor;
    }

    private static int Slot(bool sameFirst, int la, int lb) => ((sameFirst ? 1 : 0) * (TabledLength + 1) * (TabledLength + 1)) + (la * (TabledLength + 1)) + lb;
}
