namespace Vigil.Sources.Ofac.Csv;

/// <summary>Rows of the secondary files that did not join a listing.</summary>
/// <param name="OrphanAddressRows">Address rows whose ent_num is not in the primary file.</param>
/// <param name="OrphanAltRows">Alternate-name rows whose ent_num is not in the primary file.</param>
/// <param name="OrphanCommentRows">Remarks-overflow rows whose ent_num is not in the primary file.</param>
/// <param name="StaleCommentRows">Overflow rows for a listing whose remarks were not cut off, so the row is from another publication.</param>
internal readonly record struct OfacCsvMergeStats(int OrphanAddressRows, int OrphanAltRows, int OrphanCommentRows, int StaleCommentRows);
