using System.Collections.Immutable;

namespace Vigil.Screening.Payments;

/// <summary>A parsed payment message: every value that screening looks at, with its place in the message.</summary>
/// <param name="Format">The message format.</param>
/// <param name="Reference">The sender's reference (pacs.008 <c>GrpHdr/MsgId</c>, MT103 field 20).</param>
/// <param name="Fields">Every screenable field, in message order.</param>
public sealed record PaymentMessage(PaymentFormat Format, string? Reference, ImmutableArray<PaymentField> Fields);
