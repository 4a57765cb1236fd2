using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Csv;

/// <summary>
/// Reads the four OFAC CSV files into raw records that keep OFAC's field names. Every method reads the whole text
/// and either returns every record or throws <see cref="ListFormatException"/>.
/// </summary>
internal static class OfacCsvReader
{
    /// <summary>Fields in sdn.csv / cons_prim.csv.</summary>
    public const int SdnFieldCount = 12;

    /// <summary>Fields in add.csv / cons_add.csv.</summary>
    public const int AddressFieldCount = 6;

    /// <summary>Fields in alt.csv / cons_alt.csv.</summary>
    public const int AltFieldCount = 5;

    /// <summary>Fields in sdn_comments.csv / cons_comments.csv.</summary>
    public const int CommentFieldCount = 2;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes a file's bytes: UTF-8 when valid (every copy seen is plain ASCII), else Latin-1, which OFAC's older
    /// Windows-made files used for accented names.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>Reads sdn.csv or cons_prim.csv; an empty file or a repeated ent_num is an error.</summary>
    public static ImmutableArray<OfacSdnRecord> ReadSdn(string file, string text, CancellationToken cancellationToken = default)
    {
        var rows = OfacCsvParser.Parse(file, text, SdnFieldCount, cancellationToken);
        if (rows.Count == 0)
        {
            throw new ListFormatException(file, "line 1", "no records");
        }

        var seen = new HashSet<int>();
        var result = ImmutableArray.CreateBuilder<OfacSdnRecord>(rows.Count);
        foreach (var row in rows)
        {
            var f = row.Fields;
            var entNum = EntNum(file, row);
            if (!seen.Add(entNum))
            {
                throw new ListFormatException(file, "line " + row.Line, $"ent_num {entNum} appears twice");
            }

            if (string.IsNullOrWhiteSpace(f[1]))
            {
                throw new ListFormatException(file, "line " + row.Line, $"ent_num {entNum} has no SDN_Name");
            }

            result.Add(new OfacSdnRecord(entNum, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], row.Line, row.Text));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Reads add.csv or cons_add.csv.</summary>
    public static ImmutableArray<OfacAddressRecord> ReadAddresses(string file, string text, CancellationToken cancellationToken = default)
    {
        var rows = OfacCsvParser.Parse(file, text, AddressFieldCount, cancellationToken);
        var result = ImmutableArray.CreateBuilder<OfacAddressRecord>(rows.Count);
        foreach (var row in rows)
        {
            var f = row.Fields;
            result.Add(new OfacAddressRecord(EntNum(file, row), OptionalNumber(file, row, 1, "add_num"), f[2], f[3], f[4], f[5], row.Line, row.Text));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Reads alt.csv or cons_alt.csv.</summary>
    public static ImmutableArray<OfacAltRecord> ReadAlts(string file, string text, CancellationToken cancellationToken = default)
    {
        var rows = OfacCsvParser.Parse(file, text, AltFieldCount, cancellationToken);
        var result = ImmutableArray.CreateBuilder<OfacAltRecord>(rows.Count);
        foreach (var row in rows)
        {
            var f = row.Fields;
            result.Add(new OfacAltRecord(EntNum(file, row), OptionalNumber(file, row, 1, "alt_num"), f[2], f[3], f[4], row.Line, row.Text));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Reads sdn_comments.csv or cons_comments.csv.</summary>
    public static ImmutableArray<OfacCommentRecord> ReadComments(string file, string text, CancellationToken cancellationToken = default)
    {
        var rows = OfacCsvParser.Parse(file, text, CommentFieldCount, cancellationToken);
        var result = ImmutableArray.CreateBuilder<OfacCommentRecord>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(new OfacCommentRecord(EntNum(file, row), row.Fields[1], row.Line, row.Text));
        }

        return result.MoveToImmutable();
    }

    private static int EntNum(string file, OfacCsvRow row)
    {
        var raw = row.Fields[0];
        if (raw is null || !int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new ListFormatException(file, "line " + row.Line, $"ent_num '{raw ?? "-0-"}' is not a positive number");
        }

        return value;
    }

    private static int? OptionalNumber(string file, OfacCsvRow row, int index, string name)
    {
        var raw = row.Fields[index];
        if (raw is null)
        {
            return null;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new ListFormatException(file, "line " + row.Line, $"{name} '{raw}' is not a number");
        }

        return value;
    }
}
