namespace Vigil.Sources.Uk;

/// <summary>One <c>BirthDetails/Location</c>.</summary>
internal sealed record UkBirthLocation(string? TownOfBirth, string? CountryOfBirth);
