namespace Vigil.Sources.Eu;

/// <summary>
/// One <c>birthdate</c>: either a whole <c>birthdate</c> (yyyy-MM-dd) or its parts <c>year</c>, <c>monthOfYear</c>,
/// <c>dayOfMonth</c>, or a range <c>yearRangeFrom</c>..<c>yearRangeTo</c>; <c>circa</c> is "true" or "false".
/// </summary>
internal sealed record EuBirthdate(
    string? Birthdate,
    string? DayOfMonth,
    string? MonthOfYear,
    string? Year,
    string? YearRangeFrom,
    string? YearRangeTo,
    string? Circa,
    string? City,
    string? Place,
    string? Region,
    string? ZipCode,
    string? CountryIso2Code,
    string? CountryDescription);
