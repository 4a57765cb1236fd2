namespace Vigil.Sources.Ofac.Xml;

/// <summary>
/// One item of sdn.xml's nationalityList, citizenshipList, dateOfBirthList or placeOfBirthList.
/// </summary>
/// <param name="Value">country, dateOfBirth or placeOfBirth.</param>
/// <param name="MainEntry">mainEntry: OFAC's preferred value.</param>
internal sealed record OfacXmlItem(string Value, bool MainEntry);
