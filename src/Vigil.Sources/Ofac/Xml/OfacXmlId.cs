namespace Vigil.Sources.Ofac.Xml;

/// <summary>An sdn.xml <c>id</c>: an identifier, or one of the features OFAC files as ids (Gender, IMO, …).</summary>
/// <param name="IdType">idType, e.g. "Passport", "Vessel Registration Identification", "Gender".</param>
/// <param name="IdNumber">idNumber.</param>
/// <param name="IdCountry">idCountry.</param>
/// <param name="IssueDate">issueDate.</param>
/// <param name="ExpirationDate">expirationDate.</param>
internal sealed record OfacXmlId(string? IdType, string? IdNumber, string? IdCountry, string? IssueDate, string? ExpirationDate);
