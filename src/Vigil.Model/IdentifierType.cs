namespace Vigil.Model;

/// <summary>Kinds of identifier that lists publish. Matching compares identifiers of the same kind.</summary>
public enum IdentifierType
{
    /// <summary>Any other identifier; <see cref="Identifier.Label"/> keeps the source's wording.</summary>
    Other = 0,

    /// <summary>Passport number.</summary>
    Passport,

    /// <summary>National identity number or card.</summary>
    NationalId,

    /// <summary>Latin-American "Cedula" number.</summary>
    Cedula,

    /// <summary>Tax number: RIF, TIN, INN, NIT, RFC and similar.</summary>
    TaxId,

    /// <summary>Company registration number (e.g. OGRN, registration ID).</summary>
    Registration,

    /// <summary>IMO ship or company number (7 digits).</summary>
    Imo,

    /// <summary>Maritime Mobile Service Identity.</summary>
    Mmsi,

    /// <summary>Radio call sign of a ship or aircraft.</summary>
    CallSign,

    /// <summary>Aircraft manufacturer's serial number.</summary>
    AircraftSerial,

    /// <summary>Aircraft tail number (registration mark).</summary>
    AircraftTailNumber,

    /// <summary>SWIFT / BIC code.</summary>
    SwiftBic,

    /// <summary>Digital currency (crypto) address.</summary>
    CryptoAddress,

    /// <summary>E-mail address.</summary>
    Email,

    /// <summary>Website or URL.</summary>
    Website,

    /// <summary>Phone number.</summary>
    Phone,
}
