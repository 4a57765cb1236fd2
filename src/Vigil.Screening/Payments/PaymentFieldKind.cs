namespace Vigil.Screening.Payments;

/// <summary>What a message field holds, which decides how it is screened.</summary>
public enum PaymentFieldKind
{
    /// <summary>A party's or institution's name: screened as a name, with the party's country as evidence.</summary>
    Name = 0,

    /// <summary>Address lines or a town: screened as free text (listed names and sanctioned jurisdictions).</summary>
    Address = 1,

    /// <summary>An ISO country code: checked against the sanctioned jurisdictions.</summary>
    Country = 2,

    /// <summary>A BIC: matched exactly against listed SWIFT/BIC identifiers; its country is checked too.</summary>
    Bic = 3,

    /// <summary>Free text (remittance information, sender-to-receiver information): screened as text.</summary>
    Text = 4,

    /// <summary>An IBAN: the country of the bank holding the account (its first two letters) is checked.</summary>
    Account = 5,
}
