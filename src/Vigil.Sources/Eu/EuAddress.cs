namespace Vigil.Sources.Eu;

/// <summary>One <c>address</c> of a sanction entity.</summary>
internal sealed record EuAddress(
    string? Street,
    string? PoBox,
    string? City,
    string? ZipCode,
    string? Region,
    string? Place,
    string? CountryIso2Code,
    string? CountryDescription,
    string? Remark);
