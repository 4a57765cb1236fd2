using System.Collections.Immutable;

namespace Vigil.Sources.Ofac.Csv;

/// <summary>The raw records of one OFAC CSV publication; the optional files give empty arrays when absent.</summary>
/// <param name="Entries">sdn.csv / cons_prim.csv.</param>
/// <param name="Addresses">add.csv / cons_add.csv.</param>
/// <param name="Alts">alt.csv / cons_alt.csv.</param>
/// <param name="Comments">sdn_comments.csv / cons_comments.csv.</param>
internal sealed record OfacCsvSet(
    ImmutableArray<OfacSdnRecord> Entries,
    ImmutableArray<OfacAddressRecord> Addresses,
    ImmutableArray<OfacAltRecord> Alts,
    ImmutableArray<OfacCommentRecord> Comments);
