using Vigil.Screening.Contracts;
using Vigil.Screening.Text;

namespace Vigil.Screening.Payments;

/// <summary>One hit in the JSON contract.</summary>
/// <param name="Path">The field: <c>Cdtr/Nm</c>, <c>RmtInf/Ustrd</c>, <c>:59:</c>, <c>:70:</c>, <c>{1:}</c>.</param>
/// <param name="Kind"><c>name</c>, <c>bic</c>, <c>jurisdiction</c> or <c>text-mention</c>.</param>
/// <param name="Value">The field's value as screened.</param>
/// <param name="Matched">The stretch of the value that matched.</param>
/// <param name="Line">The line of the message the field starts on.</param>
/// <param name="Transaction">The pacs.008 transaction (end-to-end id), or null.</param>
/// <param name="Result">The listed entity's result, in the shape of <c>vigil screen --json</c>; null for a jurisdiction.</param>
/// <param name="Jurisdiction">The sanctioned jurisdiction; null otherwise.</param>
public sealed record PaymentHitDto(
    string Path,
    string Kind,
    string Value,
    string Matched,
    int Line,
    string? Transaction,
    ResultDto? Result,
    JurisdictionDto? Jurisdiction);
