namespace Vigil.Model;

/// <summary>A postal address with its ISO country code.</summary>
/// <param name="Street">Street lines as published.</param>
/// <param name="City">City, with postal code where the source puts them together.</param>
/// <param name="Region">State, province or region.</param>
/// <param name="PostalCode">Postal code where separate.</param>
/// <param name="Country">Country name as published.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, upper case, or null when the source names no known country.</param>
/// <param name="Remarks">Remarks attached to the address.</param>
public sealed record Address(
    string? Street = null,
    string? City = null,
    string? Region = null,
    string? PostalCode = null,
    string? Country = null,
    string? CountryCode = null,
    string? Remarks = null)
{
    /// <summary>The address on one line, parts joined by commas.</summary>
    public string Full => string.Join(", ", new[] { Street, City, Region, PostalCode, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <inheritdoc />
    public override string ToString() => Full;
}
