using Vigil.Model;
using Vigil.Text.Countries;

namespace Vigil.Screening.Payments;

/// <summary>
/// A party's identification as payment messages code it: ISO 20022 person and organisation scheme codes
/// (<c>PrvtId/Othr/SchmeNm/Cd</c>, <c>OrgId/Othr/SchmeNm/Cd</c>) and the same codes in an MT103 50F party
/// identifier line (<c>CCPT/IR/K1234567</c>). Passports, national and social security numbers, tax ids and company
/// registrations become identifiers the screener looks up; a bank's own customer or employee number names nobody on a
/// list and is left out.
/// </summary>
internal static class PartyIdentifiers
{
    /// <summary>The identifier a scheme code and number make, with the issuing country when it can be read; null for a code left out.</summary>
    public static Identifier? Of(string? code, string number, string? issuer)
    {
        var type = code?.Trim().ToUpperInvariant() switch
        {
            "CCPT" => IdentifierType.Passport,
            "NIDN" or "SOSE" => IdentifierType.NationalId,
            "TXID" => IdentifierType.TaxId,
            "CINC" or "COID" or "SREN" or "SRET" => IdentifierType.Registration,
            "ARNU" or "DRLC" or "LEI" or null or "" => IdentifierType.Other,
            _ => (IdentifierType?)null,
        };
        if (type is null || Identifier.MakeKey(number).Length == 0)
        {
            return null;
        }

        var country = issuer is { Length: > 0 } && CountryCodes.TryGetCode(issuer.Trim(), out var c) ? c : null;
        return new Identifier(type.Value, number.Trim(), country);
    }
}
