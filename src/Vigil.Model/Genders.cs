namespace Vigil.Model;

/// <summary>Reads a gender as customer files and API callers write it.</summary>
public static class Genders
{
    /// <summary>
    /// <c>male</c>, <c>m</c>, <c>man</c>, <c>female</c>, <c>f</c> or <c>woman</c>, in any case; false for anything else,
    /// blank included (the caller decides whether that is an error).
    /// </summary>
    public static bool TryParse(string? text, out Gender gender)
    {
        gender = text?.Trim().ToUpperInvariant() switch
        {
            "MALE" or "M" or "MAN" => Gender.Male,
            "FEMALE" or "F" or "WOMAN" => Gender.Female,
            _ => Gender.Unknown,
        };
        return gender != Gender.Unknown;
    }
}
