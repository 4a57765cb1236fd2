namespace Vigil.Sources.UnSc;

/// <summary>One <c>INDIVIDUAL_DATE_OF_BIRTH</c>: <c>TYPE_OF_DATE</c> is EXACT, APPROXIMATELY or BETWEEN.</summary>
internal sealed record UnScDateOfBirth(
    string? TypeOfDate,
    string? Date,
    string? Year,
    string? FromYear,
    string? ToYear,
    string? Note);
