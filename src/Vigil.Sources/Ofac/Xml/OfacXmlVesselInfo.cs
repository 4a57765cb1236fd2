namespace Vigil.Sources.Ofac.Xml;

/// <summary>sdn.xml <c>vesselInfo</c>.</summary>
/// <param name="CallSign">callSign.</param>
/// <param name="VesselType">vesselType.</param>
/// <param name="VesselFlag">vesselFlag.</param>
/// <param name="VesselOwner">vesselOwner.</param>
/// <param name="Tonnage">tonnage.</param>
/// <param name="GrossRegisteredTonnage">grossRegisteredTonnage.</param>
internal sealed record OfacXmlVesselInfo(
    string? CallSign,
    string? VesselType,
    string? VesselFlag,
    string? VesselOwner,
    string? Tonnage,
    string? GrossRegisteredTonnage);
