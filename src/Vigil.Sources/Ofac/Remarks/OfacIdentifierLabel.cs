using Vigil.Model;

namespace Vigil.Sources.Ofac.Remarks;

/// <summary>One identifier wording OFAC uses in remarks (and as <c>idType</c> in sdn.xml), with its normalised kind.</summary>
/// <param name="Label">The wording, e.g. "Cedula No.", "RIF #", "Vessel Registration Identification".</param>
/// <param name="Type">The kind the value is compared as.</param>
/// <param name="MayHoldImo">
/// True for wordings under which OFAC also files IMO numbers ("Vessel Registration Identification IMO 9187629",
/// "Company Number IMO 5055293"): such values become <see cref="IdentifierType.Imo"/> with the bare digits.
/// </param>
internal sealed record OfacIdentifierLabel(string Label, IdentifierType Type, bool MayHoldImo = false);
