using System.Collections.Immutable;

namespace Vigil.Screening.Payments;

/// <summary>The JSON answer of <c>vigil screen-payment --json</c>.</summary>
/// <param name="Decision"><c>pass</c> or <c>hold</c>.</param>
/// <param name="Format"><c>pacs.008.001.08</c> or <c>MT103</c>.</param>
/// <param name="Reference">The sender's reference, where the message gives one.</param>
/// <param name="Threshold">The score names and mentions had to reach.</param>
/// <param name="Hits">Every hit, in message order, each with the field it came from.</param>
/// <param name="Screened">Every field screened, so that a reviewer sees nothing was skipped.</param>
public sealed record PaymentScreeningResponse(
    string Decision,
    string Format,
    string? Reference,
    double Threshold,
    ImmutableArray<PaymentHitDto> Hits,
    ImmutableArray<ScreenedFieldDto> Screened);
