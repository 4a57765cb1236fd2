using Vigil.Model;

namespace Vigil.Sources.Ofac;

/// <summary>A loaded OFAC list with the account of what was read.</summary>
/// <param name="Snapshot">The list.</param>
/// <param name="Report">What was read and set aside.</param>
public sealed record OfacLoadResult(ListSnapshot Snapshot, OfacLoadReport Report);
