namespace Vigil.Screening.Payments;

/// <summary>Why a field holds a payment.</summary>
public enum PaymentHitKind
{
    /// <summary>A party's or institution's name matches a listed entity.</summary>
    Name = 0,

    /// <summary>A BIC is a listed entity's SWIFT/BIC.</summary>
    Bic = 1,

    /// <summary>A country, or a country named in text, is a sanctioned jurisdiction.</summary>
    Jurisdiction = 2,

    /// <summary>Free text or an address mentions a listed entity.</summary>
    TextMention = 3,
}
