namespace Vigil.Sources.UnSc;

/// <summary>One <c>INDIVIDUAL_PLACE_OF_BIRTH</c>, with the UN's field names.</summary>
internal sealed record UnScPlaceOfBirth(
    string? Street,
    string? City,
    string? StateProvince,
    string? Country,
    string? Note);
