using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.OpenSanctions;

/// <summary>
/// A FollowTheMoney property that holds an identifier, the kind Vigil reads it as and the label kept with it. One
/// table for every reader of FtM (OpenSanctions list files, yente-style <c>/match</c> queries, the entity bench), so a
/// property one of them knows is never ignored by another.
/// </summary>
/// <param name="Property">The FtM property, e.g. <c>passportNumber</c>.</param>
/// <param name="Type">The identifier kind its values are.</param>
/// <param name="Label">What the identifier is called in an explanation, e.g. <c>INN</c>.</param>
public sealed record FtmIdentifierProperty(string Property, IdentifierType Type, string Label)
{
    /// <summary>FtM's general identifier property: a national id in OpenSanctions data, of unknown kind in a query.</summary>
    public const string IdNumber = "idNumber";

    /// <summary>Every identifier property, in a fixed order (readers keep the first identifier of a kind and number).</summary>
    public static ImmutableArray<FtmIdentifierProperty> All { get; } =
    [
        new("passportNumber", IdentifierType.Passport, "Passport"),
        new(IdNumber, IdentifierType.NationalId, "ID number"),
        new("nationalId", IdentifierType.NationalId, "National ID"),
        new("taxNumber", IdentifierType.TaxId, "Tax number"),
        new("innCode", IdentifierType.TaxId, "INN"),
        new("vatCode", IdentifierType.TaxId, "VAT"),
        new("registrationNumber", IdentifierType.Registration, "Registration number"),
        new("ogrnCode", IdentifierType.Registration, "OGRN"),
        new("okpoCode", IdentifierType.Registration, "OKPO"),
        new("kppCode", IdentifierType.Other, "KPP"),
        // An LEI names one legal entity worldwide; OFAC's "Legal Entity Number" is read as a registration too.
        new("leiCode", IdentifierType.Registration, "LEI"),
        new("uniqueEntityId", IdentifierType.Other, "SAM UEI"),
        new("permId", IdentifierType.Other, "PermID"),
        new("imoNumber", IdentifierType.Imo, "IMO"),
        new("mmsi", IdentifierType.Mmsi, "MMSI"),
        new("callSign", IdentifierType.CallSign, "Call sign"),
        new("serialNumber", IdentifierType.AircraftSerial, "Serial number"),
        new("swiftBic", IdentifierType.SwiftBic, "SWIFT/BIC"),
        new("bicCode", IdentifierType.SwiftBic, "SWIFT/BIC"),
        new("email", IdentifierType.Email, "E-mail"),
        new("phone", IdentifierType.Phone, "Phone"),
        new("website", IdentifierType.Website, "Website"),

        // A CryptoWallet's address: OpenSanctions files keep wallets as records of their own (read as their holder's).
        new("publicKey", IdentifierType.CryptoAddress, "Digital Currency Address"),
    ];

    /// <summary>Whether <paramref name="property"/> is one of <see cref="All"/>.</summary>
    public static bool IsIdentifier(string property)
    {
        foreach (var p in All)
        {
            if (p.Property == property)
            {
                return true;
            }
        }

        return false;
    }
}
