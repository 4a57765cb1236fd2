using FsCheck;
using FsCheck.Fluent;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>
/// Generators of text built from the pieces OFAC files are made of, so that random inputs reach deep into the
/// parsers (quotes, separators, labels, dates) instead of failing at the first character.
/// </summary>
internal static class OfacArbitraries
{
    private static readonly string[] RemarkPieces =
    [
        "DOB ", "POB ", "circa ", " to ", "23 ", "Nov ", "Feb ", "31 ", "1962", "0000", "-", "alt. ", "a.k.a. ", "f.k.a. ", "n.k.a. ",
        "'", "\"", "; ", ";", ".", ",", " ", "(", ")", "Venezuela", "Korea, North", "Passport ", "Cedula No. ", "RIF # ",
        "Vessel Registration Identification ", "IMO ", "9187629", "Digital Currency Address - ", "XBT ", "Linked To: ",
        "Gender ", "Male", "nationality ", "citizen ", "issued ", "expires ", "Organization Established Date ", "\u00e9", "\u0000",
        "\r\n", "Nationality of Registration ", "Telephone:", "(Linked To: X)",
    ];

    private static readonly string[] CsvPieces =
    [
        "\"", "\"\"", ",", "\r\n", "\n", "\r", "-0- ", "-0-", "36", "0", "ent_num", "x", " ", "\u001A", "DOB 1962; ", "aka", "\uFEFF",
        "36,\"A\",-0- ,\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
    ];

    /// <summary>Remark-like text: OFAC remark pieces and arbitrary strings in any order.</summary>
    public static Arbitrary<string> RemarksLikeText() => Arb.From(Pieces(RemarkPieces));

    /// <summary>CSV-like text: quotes, separators, nulls, line breaks, EOF bytes and arbitrary strings.</summary>
    public static Arbitrary<string> CsvLikeText() => Arb.From(Pieces(CsvPieces));

    private static Gen<string> Pieces(string[] pieces) =>
        Gen.Frequency(
                (4, Gen.Elements(pieces)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)))
            .ListOf()
            .Select(parts => string.Concat(parts));
}
