namespace Vigil.Screening.Identifiers;

/// <summary>Business Identifier Codes (ISO 9362): 4 letters or digits for the institution, 2 letters for the country, 2 for the location, optionally 3 for the branch.</summary>
internal static class Bic
{
    /// <summary>True for a well-formed 8- or 11-character BIC in capitals.</summary>
    public static bool IsValid(ReadOnlySpan<char> bic)
    {
        if (bic.Length is not (8 or 11))
        {
            return false;
        }

        for (var i = 0; i < bic.Length; i++)
        {
            var c = bic[i];
            var ok = i is 4 or 5 ? char.IsAsciiLetterUpper(c) : char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The BIC's country code (characters 5 and 6).</summary>
    public static string CountryOf(string bic) => bic.Substring(4, 2);
}
