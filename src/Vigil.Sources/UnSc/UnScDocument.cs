namespace Vigil.Sources.UnSc;

/// <summary>One <c>INDIVIDUAL_DOCUMENT</c>, with the UN's field names.</summary>
internal sealed record UnScDocument(
    string? TypeOfDocument,
    string? TypeOfDocument2,
    string? Number,
    string? IssuingCountry,
    string? CountryOfIssue,
    string? CityOfIssue,
    string? DateOfIssue,
    string? Note);
