namespace Vigil.Sources.Ofac.Xml;

/// <summary>An sdn.xml <c>aka</c>.</summary>
/// <param name="Type">type: "a.k.a.", "f.k.a." or "n.k.a.".</param>
/// <param name="Category">category: "strong" or "weak".</param>
/// <param name="FirstName">firstName.</param>
/// <param name="LastName">lastName.</param>
internal sealed record OfacXmlAka(string? Type, string? Category, string? FirstName, string? LastName);
