namespace Vigil.Sources.UnSc;

/// <summary>One <c>INDIVIDUAL_ADDRESS</c> or <c>ENTITY_ADDRESS</c>, with the UN's field names.</summary>
internal sealed record UnScAddress(
    string? Street,
    string? City,
    string? StateProvince,
    string? ZipCode,
    string? Country,
    string? Note);
