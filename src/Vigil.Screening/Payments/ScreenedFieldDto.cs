namespace Vigil.Screening.Payments;

/// <summary>A field that was screened.</summary>
/// <param name="Path">The field.</param>
/// <param name="Kind"><c>name</c>, <c>address</c>, <c>country</c>, <c>bic</c> or <c>text</c>.</param>
/// <param name="Value">The value screened.</param>
/// <param name="Line">The line it starts on.</param>
public sealed record ScreenedFieldDto(string Path, string Kind, string Value, int Line);
