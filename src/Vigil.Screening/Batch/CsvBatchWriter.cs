using System.Globalization;
using System.Text;
using Vigil.Matching.Screening;

namespace Vigil.Screening.Batch;

/// <summary>
/// Writes one CSV record per hit: input id and name, entity id and primary name, the matched name, schema, score
/// (4 places), match (true/false), programs (';'-separated) and the one-line explanation. UTF-8 without BOM, LF line
/// ends, RFC 4180 quoting. A text cell that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return) gets a leading apostrophe, as OWASP advises against CSV injection:
/// names come from customer files and lists, and the file is reviewed in a spreadsheet.
/// </summary>
public sealed class CsvBatchWriter : IBatchWriter
{
    private readonly TextWriter writer;

    /// <summary>Writes to a stream, starting with the header row.</summary>
    public CsvBatchWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', BatchOutputColumns.Csv));
    }

    /// <inheritdoc />
    public void Write(BatchRow row, IReadOnlyList<ScreeningHit> hits)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(hits);
        foreach (var hit in hits)
        {
            var e = hit.Entity;
            Field(row.Id);
            Field(row.Query?.Name ?? string.Empty);
            Field(e.Id);
            Field(e.PrimaryName.Full);
            Field(hit.MatchedName.Full);
            writer.Write(e.Schema.ToString());
            writer.Write(',');
            writer.Write(hit.Score.ToString("0.0000", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(hit.IsMatch ? "true," : "false,");
            Field(string.Join(';', e.Programs));
            Field(hit.Explanation.Summary, last: true);
            writer.Write('\n');
        }
    }

    /// <inheritdoc />
    public void Flush() => writer.Flush();

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    /// <summary>True when a spreadsheet would take the cell for a formula (OWASP CSV injection).</summary>
    private static bool StartsLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private void Field(string value, bool last = false)
    {
        if (StartsLikeFormula(value))
        {
            value = "'" + value;
        }

        CsvField.Write(writer, value);
        if (!last)
        {
            writer.Write(',');
        }
    }
}
