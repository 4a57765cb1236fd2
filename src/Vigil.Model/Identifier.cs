namespace Vigil.Model;

/// <summary>An identifier with its type and issuing country.</summary>
/// <param name="Type">The normalised kind.</param>
/// <param name="Value">The identifier as published.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the issuing country, or null.</param>
/// <param name="Label">The source's own wording of the type, e.g. "Digital Currency Address - XBT", "RIF #".</param>
/// <param name="Note">Anything the source adds: issue or expiry dates, "(individual)" and the like.</param>
public sealed record Identifier(
    IdentifierType Type,
    string Value,
    string? CountryCode = null,
    string? Label = null,
    string? Note = null)
{
    /// <summary>
    /// The value reduced to letters and digits in upper case, which is how identifiers are compared:
    /// "V-12.345.678" and "V12345678" are the same number.
    /// </summary>
    public string Key { get; } = MakeKey(Value);

    /// <summary>Reduces an identifier to upper-case letters and digits.</summary>
    public static string MakeKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Create(CountAlnum(value), value, static (span, v) =>
        {
            var i = 0;
            foreach (var c in v)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    span[i++] = char.ToUpperInvariant(c);
                }
            }
        });
    }

    private static int CountAlnum(string value)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <inheritdoc />
    public override string ToString() => CountryCode is null ? $"{Type} {Value}" : $"{Type} {Value} ({CountryCode})";
}
