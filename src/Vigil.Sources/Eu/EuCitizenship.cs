namespace Vigil.Sources.Eu;

/// <summary>One <c>citizenship</c>; <c>countryIso2Code</c> "00" means unknown.</summary>
internal sealed record EuCitizenship(string? CountryIso2Code, string? CountryDescription, string? Region);
