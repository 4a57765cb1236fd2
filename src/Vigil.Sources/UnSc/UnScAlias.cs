namespace Vigil.Sources.UnSc;

/// <summary>One <c>INDIVIDUAL_ALIAS</c> or <c>ENTITY_ALIAS</c>, with the UN's field names.</summary>
internal sealed record UnScAlias(
    string? Quality,
    string? AliasName,
    string? DateOfBirth = null,
    string? CityOfBirth = null,
    string? CountryOfBirth = null,
    string? Note = null);
