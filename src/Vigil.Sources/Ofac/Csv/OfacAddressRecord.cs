namespace Vigil.Sources.Ofac.Csv;

/// <summary>One row of add.csv (or cons_add.csv), with OFAC's field names.</summary>
/// <param name="EntNum">Ent_num: the listing the address belongs to.</param>
/// <param name="AddNum">Add_num: the address's own id.</param>
/// <param name="Address">Address: street lines.</param>
/// <param name="CityStateZip">City/State/Province/Postal Code, in one field as OFAC writes it.</param>
/// <param name="Country">Country.</param>
/// <param name="AddRemarks">Add_remarks.</param>
/// <param name="Line">Line in the file.</param>
/// <param name="Text">The row as written.</param>
internal sealed record OfacAddressRecord(
    int EntNum,
    int? AddNum,
    string? Address,
    string? CityStateZip,
    string? Country,
    string? AddRemarks,
    int Line,
    string Text);
