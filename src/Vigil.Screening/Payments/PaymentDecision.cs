namespace Vigil.Screening.Payments;

/// <summary>What to do with a screened payment.</summary>
public enum PaymentDecision
{
    /// <summary>Nothing matched: release.</summary>
    Pass = 0,

    /// <summary>At least one field matched: stop for review.</summary>
    Hold = 1,
}
