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

    /// <summary>
    /// The kind in the source's own words when it gives them, else the type's name, the value and the country:
    /// "Digital Currency Address - XBT 12QtD5...", "Passport K-1234567 (IR)", "IMO 9187629". Explanations quote it.
    /// </summary>
    public override string ToString()
    {
        var kind = string.IsNullOrWhiteSpace(Label) ? Describe(Type) : Label;
        return CountryCode is null ? $"{kind} {Value}" : $"{kind} {Value} ({CountryCode})";
    }

    /// <summary>A type's name in words.</summary>
    public static string Describe(IdentifierType type) => type switch
    {
        IdentifierType.Passport => "Passport",
        IdentifierType.NationalId => "National ID",
        IdentifierType.Cedula => "Cedula",
        IdentifierType.TaxId => "Tax ID",
        IdentifierType.Registration => "Registration number",
        IdentifierType.Imo => "IMO",
        IdentifierType.Mmsi => "MMSI",
        IdentifierType.CallSign => "Call sign",
        IdentifierType.AircraftSerial => "Aircraft serial number",
        IdentifierType.AircraftTailNumber => "Aircraft tail number",
        IdentifierType.SwiftBic => "SWIFT/BIC",
        IdentifierType.CryptoAddress => "Digital currency address",
        IdentifierType.Email => "Email",
        IdentifierType.Website => "Website",
        IdentifierType.Phone => "Phone",
        _ => "Identifier",
    };
}
