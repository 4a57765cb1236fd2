namespace Vigil.Server.Entities;

/// <summary>An identifier: its kind, value, issuing country, the source's label and note.</summary>
internal sealed record IdentifierDto(string Type, string Value, string? CountryCode, string? Label, string? Note);
