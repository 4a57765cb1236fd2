using Vigil.Model;

namespace Vigil.Matching.Scoring;

/// <summary>When a query's identifier and a listed one are the same document, for evidence and for finding entities alike.</summary>
internal static class IdentifierAgreement
{
    /// <summary>
    /// Whether two identifiers are the same number: equal keys, of one type (or one of them untyped), or of seven
    /// characters or more whatever the types say (lists file an Italian tax code as national id or tax id).
    /// </summary>
    public static bool Agrees(Identifier query, Identifier listed)
    {
        var sameType = query.Type == listed.Type || query.Type == IdentifierType.Other || listed.Type == IdentifierType.Other;
        return query.Key.Length > 0 && string.Equals(query.Key, listed.Key, StringComparison.Ordinal) && (sameType || query.Key.Length >= 7);
    }

    /// <summary>
    /// Whether two identifiers of one type are two different documents of one issuer: their disagreement is evidence.
    /// Not for what a holder has any number of (wallets, e-mail addresses, telephones, websites): OFAC lists up to
    /// hundreds of wallets for one holder, and a customer's other wallet says nothing against any of them.
    /// </summary>
    public static bool Conflicts(Identifier query, Identifier listed) =>
        query.Type == listed.Type && query.Type is not (IdentifierType.Other or IdentifierType.CryptoAddress or IdentifierType.Email or IdentifierType.Phone or IdentifierType.Website)
        && (query.CountryCode is null || listed.CountryCode is null || string.Equals(query.CountryCode, listed.CountryCode, StringComparison.OrdinalIgnoreCase));
}
