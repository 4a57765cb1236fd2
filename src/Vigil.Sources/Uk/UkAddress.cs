namespace Vigil.Sources.Uk;

/// <summary>One <c>Addresses/Address</c>: lines 1..5 are street and locality, line 6 the last line before the country.</summary>
internal sealed record UkAddress(
    string? AddressLine1,
    string? AddressLine2,
    string? AddressLine3,
    string? AddressLine4,
    string? AddressLine5,
    string? AddressLine6,
    string? AddressPostalCode,
    string? AddressCountry);
