namespace Vigil.Screening.Payments;

/// <summary>The payment message formats Vigil reads.</summary>
public enum PaymentFormat
{
    /// <summary>ISO 20022 FI to FI customer credit transfer, <c>pacs.008.001.08</c> (XML).</summary>
    Pacs008 = 0,

    /// <summary>SWIFT MT103 single customer credit transfer (FIN blocks).</summary>
    Mt103 = 1,
}
