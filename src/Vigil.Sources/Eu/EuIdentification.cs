namespace Vigil.Sources.Eu;

/// <summary>One <c>identification</c>: <c>identificationTypeCode</c> is passport, id, regnumber, fiscalcode, swiftbic, imo, other and so on.</summary>
internal sealed record EuIdentification(
    string? IdentificationTypeCode,
    string? IdentificationTypeDescription,
    string? Number,
    string? LatinNumber,
    string? IssuedBy,
    string? IssuedDate,
    string? CountryIso2Code,
    string? CountryDescription,
    string? Remark);
