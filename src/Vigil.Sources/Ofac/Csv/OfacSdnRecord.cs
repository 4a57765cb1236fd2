namespace Vigil.Sources.Ofac.Csv;

/// <summary>
/// One row of sdn.csv (or cons_prim.csv), with OFAC's field names. Null fields were "-0-" in the file.
/// </summary>
/// <param name="EntNum">ent_num: the unique listing id.</param>
/// <param name="SdnName">SDN_Name: "FAMILY, Given" for individuals, the name otherwise.</param>
/// <param name="SdnType">SDN_Type: "individual", "vessel", "aircraft", or null for entities.</param>
/// <param name="Program">Program: tags such as "SDGT] [IFSR".</param>
/// <param name="Title">Title of an individual.</param>
/// <param name="CallSign">Call_Sign of a vessel.</param>
/// <param name="VessType">Vess_type.</param>
/// <param name="Tonnage">Tonnage.</param>
/// <param name="Grt">GRT: gross registered tonnage.</param>
/// <param name="VessFlag">Vess_flag: the flag country.</param>
/// <param name="VessOwner">Vess_owner.</param>
/// <param name="Remarks">Remarks as in the file; the mapper appends the sdn_comments.csv overflow where OFAC cut it off.</param>
/// <param name="Line">Line in the file.</param>
/// <param name="Text">The row as written.</param>
internal sealed record OfacSdnRecord(
    int EntNum,
    string? SdnName,
    string? SdnType,
    string? Program,
    string? Title,
    string? CallSign,
    string? VessType,
    string? Tonnage,
    string? Grt,
    string? VessFlag,
    string? VessOwner,
    string? Remarks,
    int Line,
    string Text);
