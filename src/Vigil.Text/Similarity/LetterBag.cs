using System.Runtime.Intrinsics;

namespace Vigil.Text.Similarity;

/// <summary>
/// How often each letter a-z occurs in a text, with every other character counted together in one more slot: the
/// number of characters two texts can have in common is at most the sum of the slot-wise minimums. Edit and Jaro
/// similarity are bounded by that number, so a pair that cannot come close is told apart in a few vector
/// instructions, without computing either. Counts saturate at 255.
/// </summary>
public readonly struct LetterBag
{
    private const int OtherSlot = 26;
    private readonly Vector256<byte> counts;

    private LetterBag(Vector256<byte> counts) => this.counts = counts;

    /// <summary>The bag of a text.</summary>
    public static LetterBag Of(ReadOnlySpan<char> text)
    {
        Span<byte> slots = stackalloc byte[Vector256<byte>.Count];
        foreach (var c in text)
        {
            var slot = c is >= 'a' and <= 'z' ? c - 'a' : OtherSlot;
            if (slots[slot] < byte.MaxValue)
            {
                slots[slot]++;
            }
        }

        return new LetterBag(Vector256.Create<byte>(slots));
    }

    /// <summary>
    /// At least the number of characters the two texts share, counted with multiplicity: an upper bound of the
    /// matches any alignment of them can make. Exact for texts of lower-case letters a-z.
    /// </summary>
    public static int Common(in LetterBag a, in LetterBag b)
    {
        // Widen before summing: a byte sum would wrap past 255.
        var min = Vector256.Min(a.counts, b.counts);
        var (lower, upper) = Vector256.Widen(min);
        return Vector256.Sum(lower + upper);
    }
}
