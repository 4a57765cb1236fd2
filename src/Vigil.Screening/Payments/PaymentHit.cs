using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Text;

namespace Vigil.Screening.Payments;

/// <summary>One reason to hold a payment: the field it came from and what it matched.</summary>
/// <param name="Field">The field screened.</param>
/// <param name="Kind">What matched.</param>
/// <param name="Entity">The listed entity (names, BICs, text mentions); null for a jurisdiction.</param>
/// <param name="Hit">The matcher's result (names and text mentions); null for BICs and jurisdictions.</param>
/// <param name="ListedIdentifier">The listed SWIFT/BIC a BIC matched.</param>
/// <param name="Jurisdiction">The sanctioned jurisdiction, for a jurisdiction hit.</param>
/// <param name="Matched">The stretch of the field that matched: the mention in text, the country name, or the whole value.</param>
public sealed record PaymentHit(
    PaymentField Field,
    PaymentHitKind Kind,
    SanctionsEntity? Entity,
    ScreeningHit? Hit,
    Identifier? ListedIdentifier,
    SanctionedJurisdiction? Jurisdiction,
    string Matched);
