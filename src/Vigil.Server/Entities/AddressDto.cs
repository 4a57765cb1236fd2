namespace Vigil.Server.Entities;

/// <summary>A postal address.</summary>
internal sealed record AddressDto(string Full, string? Street, string? City, string? Region, string? PostalCode, string? Country, string? CountryCode);
