namespace Vigil.Screening.Identifiers;

/// <summary>
/// International Bank Account Numbers (ISO 13616): a country code, two check digits and up to 30 letters and digits.
/// The country is the account-holding bank's: an IBAN beginning IR is an account in Iran, whatever the party's address.
/// </summary>
internal static class Iban
{
    /// <summary>The longest IBAN the standard allows (Russia's are 33 characters).</summary>
    public const int MaxLength = 34;

    // Norway's are the shortest.
    private const int MinLength = 15;

    /// <summary>True when the text has an IBAN's form: two capitals, two digits, then capitals and digits, 15 to 34 in all.</summary>
    public static bool HasForm(ReadOnlySpan<char> text)
    {
        if (text.Length is < MinLength or > MaxLength || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1])
            || !char.IsAsciiDigit(text[2]) || !char.IsAsciiDigit(text[3]))
        {
            return false;
        }

        foreach (var c in text[4..])
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the text is an IBAN whose check digits hold (the number read with letters as 10..35, the first four
    /// characters moved to the end, leaves 1 modulo 97): a free-format account line is taken for one only then.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (!HasForm(text))
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[(i + 4) % text.Length];
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }

    /// <summary>The account's country (its first two letters).</summary>
    public static string CountryOf(string iban) => iban[..2];
}
