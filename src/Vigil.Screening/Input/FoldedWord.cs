namespace Vigil.Screening.Input;

/// <summary>
/// A column header or type word as customer files vary it, folded to its lower-case letters and digits: "Date of
/// Birth", "date_of_birth", "DateOfBirth" and "DATE-OF-BIRTH" are one word, and a byte order mark or quote that
/// survived decoding hides nothing. At most the first 64 letters and digits are kept; no known word is that long.
/// </summary>
internal static class FoldedWord
{
    private const int MaxLength = 64;

    public static string Of(string text)
    {
        Span<char> folded = stackalloc char[Math.Min(text.Length, MaxLength)];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && length < folded.Length)
            {
                folded[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(folded[..length]);
    }
}
