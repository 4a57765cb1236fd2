using System.Collections.Frozen;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Remarks;

/// <summary>
/// The identifier wordings found in OFAC's remarks from 2019 to 2025, each mapped to an <see cref="IdentifierType"/>.
/// A wording not listed here stays in the raw remarks only: guessing where an unknown label ends and its value
/// starts would invent identifiers.
/// </summary>
internal static class OfacIdentifierLabels
{
    /// <summary>OFAC's prefix for crypto addresses; the currency code follows ("Digital Currency Address - XBT").</summary>
    public const string DigitalCurrencyPrefix = "Digital Currency Address - ";

    private static readonly OfacIdentifierLabel[] Table =
    [
        // Passports and travel documents.
        new("Passport", IdentifierType.Passport),
        new("Passport No.", IdentifierType.Passport),
        new("Passport Booklet", IdentifierType.Passport),
        new("Diplomatic Passport", IdentifierType.Passport),
        new("British National Overseas Passport", IdentifierType.Passport),
        new("Stateless Person Passport", IdentifierType.Passport),

        // National identity numbers.
        new("National ID No.", IdentifierType.NationalId),
        new("Personal ID Card", IdentifierType.NationalId),
        new("D.N.I.", IdentifierType.NationalId),
        new("C.U.R.P.", IdentifierType.NationalId),
        new("C.U.R.P. #", IdentifierType.NationalId),
        new("C.U.I.", IdentifierType.NationalId),
        new("SSN", IdentifierType.NationalId),
        new("Kenyan ID No.", IdentifierType.NationalId),
        new("Turkish Identification Number", IdentifierType.NationalId),
        new("Turkish Identificiation Number", IdentifierType.NationalId), // OFAC's own misspelling.
        new("Citizen's Card Number", IdentifierType.NationalId),
        new("Bosnian Personal ID No.", IdentifierType.NationalId),
        new("Moroccan Personal ID No.", IdentifierType.NationalId),
        new("Tazkira National ID Card", IdentifierType.NationalId),
        new("Numero de Identidad", IdentifierType.NationalId),
        new("National Foreign ID Number", IdentifierType.NationalId),
        new("CNP (Personal Numerical Code)", IdentifierType.NationalId),
        new("N.I.E.", IdentifierType.NationalId),
        new("UAE Identification", IdentifierType.NationalId),
        new("Stateless Person ID Card", IdentifierType.NationalId),
        new("Cedula No.", IdentifierType.Cedula),

        // Tax numbers.
        new("Tax ID No.", IdentifierType.TaxId),
        new("RIF #", IdentifierType.TaxId),
        new("NIT #", IdentifierType.TaxId),
        new("R.F.C.", IdentifierType.TaxId),
        new("R.F.C. #", IdentifierType.TaxId),
        new("RFC", IdentifierType.TaxId),
        new("RUC #", IdentifierType.TaxId),
        new("C.U.I.T.", IdentifierType.TaxId),
        new("V.A.T. Number", IdentifierType.TaxId),
        new("US FEIN", IdentifierType.TaxId),
        new("Italian Fiscal Code", IdentifierType.TaxId),
        new("Fiscal Code", IdentifierType.TaxId),
        new("C.I.F.", IdentifierType.TaxId),
        new("RTN", IdentifierType.TaxId),
        new("Paraguayan tax identification number", IdentifierType.TaxId),
        new("Romanian Tax Registration", IdentifierType.TaxId),
        new("Numero Unico de Identificacao Tributaria (NUIT)", IdentifierType.TaxId),

        // Company and other registrations.
        new("Registration Number", IdentifierType.Registration),
        new("Registration ID", IdentifierType.Registration),
        new("Business Registration Number", IdentifierType.Registration),
        new("Business Registration Document #", IdentifierType.Registration),
        new("Business Number", IdentifierType.Registration),
        new("Company Number", IdentifierType.Registration, MayHoldImo: true),
        new("UK Company Number", IdentifierType.Registration),
        new("Commercial Registry Number", IdentifierType.Registration),
        new("C.R. No.", IdentifierType.Registration),
        new("Romanian C.R.", IdentifierType.Registration),
        new("Folio Mercantil No.", IdentifierType.Registration),
        new("Matricula Mercantil No", IdentifierType.Registration),
        new("Legal Entity Number", IdentifierType.Registration),
        new("Chamber of Commerce Number", IdentifierType.Registration),
        new("Public Registration Number", IdentifierType.Registration),
        new("Certificate of Incorporation Number", IdentifierType.Registration),
        new("Trade License No.", IdentifierType.Registration),
        new("Central Registration System Number", IdentifierType.Registration),
        new("Enterprise Number", IdentifierType.Registration),
        new("Branch Unit Number", IdentifierType.Registration),
        new("Istanbul Chamber of Comm. No.", IdentifierType.Registration),
        new("Dubai Chamber of Commerce Membership No.", IdentifierType.Registration),
        new("Economic Register Number (CBLS)", IdentifierType.Registration),
        new("Unified Social Credit Code (USCC)", IdentifierType.Registration),
        new("United Social Credit Code Certificate (USCCC)", IdentifierType.Registration),
        new("Organization Code", IdentifierType.Registration),
        new("Registered Charity No.", IdentifierType.Registration),
        new("D-U-N-S Number", IdentifierType.Registration),
        new("LE Number", IdentifierType.Registration),
        new("MSB Registration Number", IdentifierType.Registration),
        new("Government Gazette Number", IdentifierType.Registration),
        new("Vessel Registration Identification", IdentifierType.Registration, MayHoldImo: true),

        // Ships and aircraft.
        new("IMO", IdentifierType.Imo),
        new("International Maritime Organization No.", IdentifierType.Imo),
        new("MMSI", IdentifierType.Mmsi),
        new("Other Vessel Call Sign", IdentifierType.CallSign),
        new("Aircraft Manufacturer's Serial Number (MSN)", IdentifierType.AircraftSerial),
        new("Aircraft Construction Number (also called L/N or S/N or F/N)", IdentifierType.AircraftSerial),
        new("Aircraft Serial Identification", IdentifierType.AircraftSerial),
        new("Aircraft Tail Number", IdentifierType.AircraftTailNumber),
        new("Previous Aircraft Tail Number", IdentifierType.AircraftTailNumber),

        // Banking and contact details.
        new("SWIFT/BIC", IdentifierType.SwiftBic),
        new("Email Address", IdentifierType.Email),
        new("Email", IdentifierType.Email),
        new("Website", IdentifierType.Website),
        new("Phone Number", IdentifierType.Phone),
        new("Phone No.", IdentifierType.Phone),
        new("Phone", IdentifierType.Phone),
        new("Telephone", IdentifierType.Phone),
        new("Telephone No.", IdentifierType.Phone),
        new("Telephone Number", IdentifierType.Phone),
        new("Fax", IdentifierType.Phone),
        new("Fax No.", IdentifierType.Phone),

        // Published numbers without a kind of their own; the label keeps OFAC's wording.
        new("Identification Number", IdentifierType.Other, MayHoldImo: true),
        new("ISIN", IdentifierType.Other),
        new("Equity Ticker", IdentifierType.Other),
        new("BIK (RU)", IdentifierType.Other),
        new("Chinese Commercial Code", IdentifierType.Other),
        new("Aircraft Mode S Transponder Code", IdentifierType.Other),
        new("Birth Certificate Number", IdentifierType.Other),
        new("Driver's License No.", IdentifierType.Other),
        new("Residency Number", IdentifierType.Other),
        new("Electoral Registry No.", IdentifierType.Other),
        new("Credencial electoral", IdentifierType.Other),
        new("I.F.E.", IdentifierType.Other),
        new("Cartilla de Servicio Militar Nacional", IdentifierType.Other),
        new("VisaNumberID", IdentifierType.Other),
        new("SRE Permit No.", IdentifierType.Other),
        new("Pilot License Number", IdentifierType.Other),
        new("Seafarer's Identification Document", IdentifierType.Other),
        new("Military Registration Number", IdentifierType.Other),
        new("Immigration No.", IdentifierType.Other),
        new("Travel Document Number", IdentifierType.Other),
        new("Public Security and Immigration No.", IdentifierType.Other),
        new("Refugee ID Card", IdentifierType.Other),
        new("C.U.I.P.", IdentifierType.Other),
        new("License", IdentifierType.Other),
        new("File Number", IdentifierType.Other),
        new("Permit Number", IdentifierType.Other),
        new("Tourism License No.", IdentifierType.Other),
        new("Afghan Money Service Provider License Number", IdentifierType.Other),
    ];

    // Bucketed by upper-case first letter, longest wording first, so "Passport Booklet" wins over "Passport".
    private static readonly FrozenDictionary<char, OfacIdentifierLabel[]> ByInitial = Table
        .GroupBy(l => char.ToUpperInvariant(l.Label[0]))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(l => l.Label.Length).ToArray());

    /// <summary>Every known wording.</summary>
    public static IReadOnlyList<OfacIdentifierLabel> All => Table;

    /// <summary>
    /// Finds the longest known wording that starts the text and ends at a space, colon or the end of the text.
    /// </summary>
    /// <param name="text">A remarks segment, e.g. "Cedula No. 5892464 (Venezuela)".</param>
    /// <param name="label">The wording found.</param>
    /// <returns>True when a wording matched.</returns>
    public static bool TryMatch(ReadOnlySpan<char> text, out OfacIdentifierLabel label)
    {
        label = null!;
        if (text.IsEmpty || !ByInitial.TryGetValue(char.ToUpperInvariant(text[0]), out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            var wording = candidate.Label.AsSpan();
            if (text.StartsWith(wording, StringComparison.OrdinalIgnoreCase)
                && (text.Length == wording.Length || text[wording.Length] is ' ' or ':'))
            {
                label = candidate;
                return true;
            }
        }

        return false;
    }
}
