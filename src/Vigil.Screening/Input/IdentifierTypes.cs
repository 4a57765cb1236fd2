using System.Collections.Frozen;
using Vigil.Model;

namespace Vigil.Screening.Input;

/// <summary>
/// The words for an identifier's type that customer files and callers use ("passport", "Passport No.", "national_id",
/// "TIN", "SWIFT code"), one vocabulary for batch column headers, <c>vigil screen --id</c> and the API.
/// </summary>
public static class IdentifierTypes
{
    /// <summary>The types, for messages.</summary>
    public const string Names = "passport, national_id, cedula, tax_id, registration, imo, mmsi, tail_number, bic, crypto";

    private static readonly FrozenDictionary<string, IdentifierType> Words = new Dictionary<string, IdentifierType>(StringComparer.Ordinal)
    {
        ["passport"] = IdentifierType.Passport,
        ["passportnumber"] = IdentifierType.Passport,
        ["passportno"] = IdentifierType.Passport,
        ["nationalid"] = IdentifierType.NationalId,
        ["nationalidnumber"] = IdentifierType.NationalId,
        ["nationalidcard"] = IdentifierType.NationalId,
        ["idcard"] = IdentifierType.NationalId,
        ["identitycard"] = IdentifierType.NationalId,
        ["nationalidentitycard"] = IdentifierType.NationalId,
        ["ssn"] = IdentifierType.NationalId,

        // National numbers by their local names, typed as the lists type them (OFAC's "D.N.I.", "C.U.R.P.", "N.I.E.").
        ["dni"] = IdentifierType.NationalId,
        ["curp"] = IdentifierType.NationalId,
        ["cui"] = IdentifierType.NationalId,
        ["nie"] = IdentifierType.NationalId,
        ["cnic"] = IdentifierType.NationalId,
        ["nric"] = IdentifierType.NationalId,
        ["emiratesid"] = IdentifierType.NationalId,
        ["cedula"] = IdentifierType.Cedula,
        ["taxid"] = IdentifierType.TaxId,
        ["taxnumber"] = IdentifierType.TaxId,
        ["tin"] = IdentifierType.TaxId,
        ["vat"] = IdentifierType.TaxId,
        ["vatnumber"] = IdentifierType.TaxId,

        // Tax numbers by their local names ("RIF #", "NIT #", "R.F.C.", "RUC #", "C.U.I.T.", "US FEIN" on OFAC's list).
        // Not "cif" or "pan": in bank exports those are the customer file number and the card number.
        ["rif"] = IdentifierType.TaxId,
        ["nit"] = IdentifierType.TaxId,
        ["rfc"] = IdentifierType.TaxId,
        ["ruc"] = IdentifierType.TaxId,
        ["cuit"] = IdentifierType.TaxId,
        ["rtn"] = IdentifierType.TaxId,
        ["ein"] = IdentifierType.TaxId,
        ["fein"] = IdentifierType.TaxId,
        ["inn"] = IdentifierType.TaxId,
        ["fiscalcode"] = IdentifierType.TaxId,
        ["registration"] = IdentifierType.Registration,
        ["registrationnumber"] = IdentifierType.Registration,
        ["companynumber"] = IdentifierType.Registration,
        ["ogrn"] = IdentifierType.Registration,
        ["imo"] = IdentifierType.Imo,
        ["imonumber"] = IdentifierType.Imo,
        ["mmsi"] = IdentifierType.Mmsi,
        ["tailnumber"] = IdentifierType.AircraftTailNumber,
        ["registrationmark"] = IdentifierType.AircraftTailNumber,
        ["aircraftregistration"] = IdentifierType.AircraftTailNumber,
        ["bic"] = IdentifierType.SwiftBic,
        ["swift"] = IdentifierType.SwiftBic,
        ["swiftbic"] = IdentifierType.SwiftBic,
        ["swiftcode"] = IdentifierType.SwiftBic,

        // A digital currency address, as OFAC lists them ("Digital Currency Address - XBT"), whatever the currency.
        ["crypto"] = IdentifierType.CryptoAddress,
        ["cryptoaddress"] = IdentifierType.CryptoAddress,
        ["cryptowallet"] = IdentifierType.CryptoAddress,
        ["wallet"] = IdentifierType.CryptoAddress,
        ["walletaddress"] = IdentifierType.CryptoAddress,
        ["digitalcurrencyaddress"] = IdentifierType.CryptoAddress,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads a type from a word of letters and digits in any case, other characters ignored ("Passport No." is "passportno").</summary>
    public static bool TryParse(string? text, out IdentifierType type) => Words.TryGetValue(FoldedWord.Of(text ?? string.Empty), out type);

    /// <summary>The word a type is written with in <see cref="Names"/> ("national_id", "tail_number"), which reads back as it.</summary>
    public static string NameOf(IdentifierType type) => type switch
    {
        IdentifierType.NationalId => "national_id",
        IdentifierType.TaxId => "tax_id",
        IdentifierType.SwiftBic => "bic",
        IdentifierType.AircraftTailNumber => "tail_number",
        IdentifierType.CryptoAddress => "crypto",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether documents of this type are issued by a country, so that one may be given with the number.</summary>
    public static bool HasIssuingCountry(IdentifierType type) =>
        type is IdentifierType.Passport or IdentifierType.NationalId or IdentifierType.Cedula or IdentifierType.TaxId or IdentifierType.Registration;
}
