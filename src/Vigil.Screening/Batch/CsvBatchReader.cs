using System.Globalization;
using System.Text;
using Vigil.Screening.Input;

namespace Vigil.Screening.Batch;

/// <summary>
/// Reads batch input from CSV with a header row: <c>name</c> is required (or a person's <c>first_name</c>,
/// <c>middle_name</c>, <c>last_name</c>); <c>id</c>, <c>type</c>, <c>dob</c>,
/// <c>country</c> and identifier columns (<c>passport</c>, <c>national_id</c>, <c>tax_id</c>, <c>imo</c>,
/// <c>bic</c>, ...) are used when present; other columns are ignored. The header is read on construction, so a file
/// without a usable header fails before any screening starts.
/// </summary>
public sealed class CsvBatchReader : IBatchReader
{
    private readonly BatchInputStream input;
    private readonly CsvRecordReader records;
    private readonly (BatchColumn Column, Model.IdentifierType Identifier)[] columns;
    private readonly int idColumn;
    private readonly DateOrder dateOrder;

    /// <summary>
    /// Reads from a stream in UTF-8 or the <paramref name="encoding"/> named, numeric dates in <paramref name="dateOrder"/>;
    /// <paramref name="name"/> is used in messages.
    /// </summary>
    /// <exception cref="BatchFileException">When there is no header row, it has no <c>name</c> column, or the file is not in its encoding.</exception>
    public CsvBatchReader(Stream stream, string name, char? delimiter = null, Encoding? encoding = null, DateOrder dateOrder = DateOrder.Unknown)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        this.dateOrder = dateOrder;
        input = new BatchInputStream(stream, name, encoding);
        records = new CsvRecordReader(input.Text, delimiter);
        if (!records.TryRead(out var header))
        {
            input.Dispose();
            throw new BatchFileException(name, "empty file: expected a header row naming the columns (name, and optionally id, type, dob, country, ...)");
        }

        if (header.Error is not null)
        {
            input.Dispose();
            throw new BatchFileException(name, $"line {header.Line}: header row: {header.Error}");
        }

        columns = new (BatchColumn, Model.IdentifierType)[header.Fields.Length];
        for (var i = 0; i < header.Fields.Length; i++)
        {
            columns[i] = (BatchColumns.Classify(header.Fields[i], out var identifier), identifier);
        }

        idColumn = Array.FindIndex(columns, c => c.Column == BatchColumn.Id);
        IgnoredColumns = [.. header.Fields.Where((_, i) => columns[i].Column == BatchColumn.Ignored && !string.IsNullOrWhiteSpace(header.Fields[i]))];
        if (Array.FindIndex(columns, c => BatchColumns.Names(c.Column)) < 0)
        {
            input.Dispose();
            var shown = string.Join(records.Delimiter, header.Fields);
            throw new BatchFileException(name, $"the header has no 'name' column: it needs {BatchColumns.NameColumns} (header: {(shown.Length > 200 ? shown[..200] + "..." : shown)})");
        }
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public double? Fraction => input.Fraction;

    /// <summary>
    /// Header names of the columns not read (no column Vigil knows by that name): a date of birth under a name it
    /// does not know would otherwise be left out without a word.
    /// </summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>The field delimiter in use.</summary>
    public char Delimiter => records.Delimiter;

    /// <summary>Opens a file.</summary>
    public static CsvBatchReader Open(string path, char? delimiter = null, Encoding? encoding = null, DateOrder dateOrder = DateOrder.Unknown)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = BatchInputStream.OpenFile(path);
        try
        {
            return new CsvBatchReader(stream, path, delimiter, encoding, dateOrder);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IEnumerable<BatchRow> ReadRows(CancellationToken cancellationToken = default)
    {
        input.ClaimRows();
        return Rows(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => input.Dispose();

    private IEnumerable<BatchRow> Rows(CancellationToken cancellationToken)
    {
        var fields = new BatchFields();
        while (records.TryRead(out var record))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToRow(record, fields);
            input.Advance();
        }

        input.Advance();
    }

    private BatchRow ToRow(CsvRecord record, BatchFields fields)
    {
        fields.Clear();
        var fallbackId = idColumn >= 0 && idColumn < record.Fields.Length && !string.IsNullOrWhiteSpace(record.Fields[idColumn])
            ? record.Fields[idColumn].Trim()
            : record.Line.ToString(CultureInfo.InvariantCulture);
        if (record.Error is not null)
        {
            return BatchRow.Invalid(record.Line, fallbackId, record.Error);
        }

        foreach (var field in record.Fields)
        {
            if (InputEncoding.HoldsUnreadableBytes(field))
            {
                return BatchRow.Invalid(record.Line, fallbackId, BatchRowParser.UnreadableBytes);
            }
        }

        // Fewer fields than the header is a trimmed export and reads as empty columns; more is a shifted row
        // (an unquoted comma in a name), and screening it would screen the wrong text.
        if (record.Fields.Length > columns.Length)
        {
            return BatchRow.Invalid(record.Line, fallbackId, $"{record.Fields.Length} fields where the header has {columns.Length} (an unquoted '{Delimiter}' in a value?)");
        }

        for (var i = 0; i < record.Fields.Length; i++)
        {
            fields.Add(columns[i].Column, columns[i].Identifier, record.Fields[i]);
        }

        return BatchRowParser.ToRow(record.Line, fields, dateOrder);
    }
}
