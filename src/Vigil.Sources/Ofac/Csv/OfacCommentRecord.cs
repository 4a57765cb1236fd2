namespace Vigil.Sources.Ofac.Csv;

/// <summary>One row of sdn_comments.csv (or cons_comments.csv): the remarks text OFAC cut off at 1,000 characters.</summary>
/// <param name="EntNum">ent_num: the listing whose remarks continue here.</param>
/// <param name="Remarks">The continuation, to be appended to the remarks as is.</param>
/// <param name="Line">Line in the file.</param>
/// <param name="Text">The row as written.</param>
internal sealed record OfacCommentRecord(int EntNum, string? Remarks, int Line, string Text);
