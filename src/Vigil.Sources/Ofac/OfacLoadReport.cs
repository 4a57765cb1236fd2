using System.Collections.Immutable;

namespace Vigil.Sources.Ofac;

/// <summary>
/// What a load of an OFAC list read and what it set aside, for a host to log. Rows set aside are not errors:
/// OFAC's secondary files are often a different day's than the primary file.
/// </summary>
/// <param name="Format">"csv" or "xml".</param>
/// <param name="Files">The files read, in the order the content hash covers them.</param>
/// <param name="Entries">Listings loaded.</param>
/// <param name="AddressRows">Address rows (CSV) or address elements (XML) read.</param>
/// <param name="AlternateNameRows">alt.csv rows (CSV) or aka elements (XML) read.</param>
/// <param name="CommentRows">Remarks-overflow rows read (CSV only).</param>
/// <param name="OrphanAddressRows">Address rows whose ent_num is not in the primary file, ignored.</param>
/// <param name="OrphanAlternateNameRows">Alternate-name rows whose ent_num is not in the primary file, ignored.</param>
/// <param name="OrphanCommentRows">Overflow rows whose ent_num is not in the primary file, ignored.</param>
/// <param name="StaleCommentRows">
/// Overflow rows for a listing whose remarks were not cut off at OFAC's 1,000-character limit: they belong to
/// another publication and were not appended.
/// </param>
/// <param name="ResolvedLinks">Links ("Linked To", vessel owner) resolved to an entity of the same list.</param>
/// <param name="UnresolvedLinks">Links whose name matched no listing, or more than one.</param>
/// <param name="StatedRecordCount">The XML's Record_Count, or null.</param>
public sealed record OfacLoadReport(
    string Format,
    ImmutableArray<string> Files,
    int Entries,
    int AddressRows,
    int AlternateNameRows,
    int CommentRows,
    int OrphanAddressRows,
    int OrphanAlternateNameRows,
    int OrphanCommentRows,
    int StaleCommentRows,
    int ResolvedLinks,
    int UnresolvedLinks,
    int? StatedRecordCount);
