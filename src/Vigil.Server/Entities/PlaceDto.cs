namespace Vigil.Server.Entities;

/// <summary>A place with its ISO country code.</summary>
internal sealed record PlaceDto(string Text, string? CountryCode);
