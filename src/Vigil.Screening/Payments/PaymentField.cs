using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Screening.Payments;

/// <summary>One screenable value of a payment message and where it came from.</summary>
/// <param name="Path">Where: an ISO 20022 path relative to the transaction (<c>Cdtr/Nm</c>, <c>RmtInf/Ustrd</c>) or an MT
/// field tag (<c>:59:</c>, <c>:50F:</c>, <c>{1:}</c>).</param>
/// <param name="Kind">What the value is.</param>
/// <param name="Value">The value as written (lines joined by line breaks).</param>
/// <param name="Country">For a name, the party's ISO country where the message gives one; else null.</param>
/// <param name="Line">Line in the message where the value starts (1-based).</param>
/// <param name="Transaction">The transaction it belongs to (pacs.008 end-to-end id, or its position); null for MT103.</param>
public sealed record PaymentField(string Path, PaymentFieldKind Kind, string Value, string? Country, int Line, string? Transaction = null)
{
    /// <summary>For a name, the party's identification the message gives (passport, national id, tax id, ...); screened with the name.</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];
}
