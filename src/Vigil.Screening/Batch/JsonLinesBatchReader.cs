using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Screening.Input;

namespace Vigil.Screening.Batch;

/// <summary>
/// Reads batch input from JSON lines: one object per line with the same property names as the CSV columns
/// (<c>name</c> required; <c>id</c>, <c>type</c>, <c>dob</c>, <c>country</c> (a string or an array of strings),
/// identifier properties). Blank lines are skipped; a line that is not a JSON object is a bad row.
/// </summary>
public sealed class JsonLinesBatchReader : IBatchReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 8 };
    private readonly BatchInputStream input;
    private readonly DateOrder dateOrder;

    /// <summary>
    /// Reads from a stream in UTF-8 or the <paramref name="encoding"/> named, numeric dates in <paramref name="dateOrder"/>;
    /// <paramref name="name"/> is used in messages.
    /// </summary>
    /// <exception cref="BatchFileException">When the file is not in its encoding.</exception>
    public JsonLinesBatchReader(Stream stream, string name, Encoding? encoding = null, DateOrder dateOrder = DateOrder.Unknown)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        this.dateOrder = dateOrder;
        input = new BatchInputStream(stream, name, encoding);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public double? Fraction => input.Fraction;

    /// <summary>Opens a file.</summary>
    public static JsonLinesBatchReader Open(string path, Encoding? encoding = null, DateOrder dateOrder = DateOrder.Unknown)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = BatchInputStream.OpenFile(path);
        try
        {
            return new JsonLinesBatchReader(stream, path, encoding, dateOrder);
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
        long line = 0;
        while (input.Text.ReadLine() is { } text)
        {
            line++;
            cancellationToken.ThrowIfCancellationRequested();
            var trimmed = text.AsSpan().Trim().TrimStart('\uFEFF');
            if (trimmed.IsEmpty)
            {
                continue;
            }

            yield return ToRow(line, trimmed.ToString(), fields);
            input.Advance();
        }

        input.Advance();
    }

    private BatchRow ToRow(long line, string text, BatchFields fields)
    {
        var lineId = line.ToString(CultureInfo.InvariantCulture);
        if (InputEncoding.HoldsUnreadableBytes(text))
        {
            return BatchRow.Invalid(line, lineId, BatchRowParser.UnreadableBytes);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return BatchRow.Invalid(line, lineId, "unparsable JSON: " + FirstSentence(ex.Message));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return BatchRow.Invalid(line, lineId, $"expected a JSON object, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            fields.Clear();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var column = BatchColumns.Classify(property.Name, out var identifier);
                if (column == BatchColumn.Ignored || property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (column == BatchColumn.Country && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String)
                        {
                            return BatchRow.Invalid(line, fields.Id ?? lineId, $"'{property.Name}' must be a string or an array of strings");
                        }

                        fields.Add(column, identifier, item.GetString()!);
                    }

                    continue;
                }

                if (!TryScalar(property.Value, out var value))
                {
                    return BatchRow.Invalid(line, fields.Id ?? lineId, $"'{property.Name}' must be a string");
                }

                fields.Add(column, identifier, value);
            }

            return BatchRowParser.ToRow(line, fields, dateOrder);
        }
    }

    // Ids and identifiers are often numbers in JSON exports; they are read as written.
    private static bool TryScalar(JsonElement element, out string value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                value = element.GetString()!;
                return true;
            case JsonValueKind.Number:
                value = element.GetRawText();
                return true;
            default:
                value = string.Empty;
                return false;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
