namespace Vigil.Sources.Uk;

/// <summary>
/// A <c>PassportDetails/Passport</c> (<c>PassportNumber</c>, <c>PassportAdditionalInformation</c>) or a
/// <c>NationalIdentifierDetails/NationalIdentifier</c> (<c>NationalIdentifierNumber</c>,
/// <c>NationalIdentifierAdditionalInformation</c>); both have the same two fields.
/// </summary>
internal sealed record UkDocument(string? Number, string? AdditionalInformation);
