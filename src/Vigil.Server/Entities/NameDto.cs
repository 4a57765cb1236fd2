namespace Vigil.Server.Entities;

/// <summary>One name: as published, its kind (primary, strongAlias, weakAlias, formerName, originalScript) and known parts.</summary>
internal sealed record NameDto(string Full, string Kind, string? Given, string? Family, string? Middle, string? Language);
