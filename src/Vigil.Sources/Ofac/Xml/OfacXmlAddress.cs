namespace Vigil.Sources.Ofac.Xml;

/// <summary>An sdn.xml <c>address</c>.</summary>
/// <param name="Address1">address1.</param>
/// <param name="Address2">address2.</param>
/// <param name="Address3">address3.</param>
/// <param name="City">city.</param>
/// <param name="StateOrProvince">stateOrProvince.</param>
/// <param name="PostalCode">postalCode.</param>
/// <param name="Country">country.</param>
internal sealed record OfacXmlAddress(
    string? Address1,
    string? Address2,
    string? Address3,
    string? City,
    string? StateOrProvince,
    string? PostalCode,
    string? Country);
