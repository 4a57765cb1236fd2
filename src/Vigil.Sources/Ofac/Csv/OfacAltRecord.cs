namespace Vigil.Sources.Ofac.Csv;

/// <summary>One row of alt.csv (or cons_alt.csv), with OFAC's field names.</summary>
/// <param name="EntNum">ent_num: the listing the name belongs to.</param>
/// <param name="AltNum">alt_num: the name's own id.</param>
/// <param name="AltType">alt_type: "aka", "fka" or "nka".</param>
/// <param name="AltName">alt_name.</param>
/// <param name="AltRemarks">alt_remarks.</param>
/// <param name="Line">Line in the file.</param>
/// <param name="Text">The row as written.</param>
internal sealed record OfacAltRecord(
    int EntNum,
    int? AltNum,
    string? AltType,
    string? AltName,
    string? AltRemarks,
    int Line,
    string Text);
