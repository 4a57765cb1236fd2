using System.Collections.Immutable;

namespace Vigil.Screening.Payments;

/// <summary>A screened payment: the decision and every hit behind it.</summary>
/// <param name="Message">The message as parsed (every field screened).</param>
/// <param name="Decision">Pass, or hold when there is any hit.</param>
/// <param name="Hits">Every hit, in message order.</param>
/// <param name="Threshold">The score names and mentions had to reach.</param>
public sealed record PaymentScreeningResult(PaymentMessage Message, PaymentDecision Decision, ImmutableArray<PaymentHit> Hits, double Threshold);
