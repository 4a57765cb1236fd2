using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Ofac;

/// <summary>The file names of one OFAC list; the SDN and consolidated lists share every format and differ only here.</summary>
/// <param name="Code">Source code.</param>
/// <param name="Title">Human title.</param>
/// <param name="PrimaryFile">The primary CSV.</param>
/// <param name="AddressFile">The address CSV.</param>
/// <param name="AltFile">The alternate-name CSV.</param>
/// <param name="CommentsFile">The remarks-overflow CSV.</param>
/// <param name="XmlFiles">The XML file names, in order of preference.</param>
internal sealed record OfacListLayout(
    string Code,
    string Title,
    string PrimaryFile,
    string AddressFile,
    string AltFile,
    string CommentsFile,
    ImmutableArray<string> XmlFiles)
{
    /// <summary>The SDN list: sdn.csv, add.csv, alt.csv, sdn_comments.csv or sdn.xml.</summary>
    public static OfacListLayout Sdn { get; } = new(
        ListSources.OfacSdn,
        "OFAC Specially Designated Nationals and Blocked Persons List",
        "sdn.csv",
        "add.csv",
        "alt.csv",
        "sdn_comments.csv",
        ["sdn.xml"]);

    /// <summary>The consolidated non-SDN list: cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv or consolidated.xml.</summary>
    public static OfacListLayout Consolidated { get; } = new(
        ListSources.OfacConsolidated,
        "OFAC Consolidated Sanctions List (non-SDN)",
        "cons_prim.csv",
        "cons_add.csv",
        "cons_alt.csv",
        "cons_comments.csv",
        ["consolidated.xml", "cons.xml"]);

    /// <summary>The CSV files in the fixed order the content hash reads them.</summary>
    public ImmutableArray<string> CsvFiles => [PrimaryFile, AddressFile, AltFile, CommentsFile];
}
