using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Matching.Screening;

namespace Vigil.Screening.Batch;

/// <summary>
/// Writes one JSON object per hit, one per line, with the CSV writer's fields in camelCase; <c>programs</c> is an
/// array, <c>score</c> a number, <c>match</c> a boolean. Non-ASCII names are written as text, not escaped.
/// </summary>
public sealed class JsonLinesBatchWriter : IBatchWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
    private readonly Stream stream;
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter json;

    /// <summary>Writes to a stream.</summary>
    public JsonLinesBatchWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = new BufferedStream(stream, 64 * 1024);
        json = new Utf8JsonWriter(buffer, Options);
    }

    /// <inheritdoc />
    public void Write(BatchRow row, IReadOnlyList<ScreeningHit> hits)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(hits);
        var names = BatchOutputColumns.Json;
        foreach (var hit in hits)
        {
            var e = hit.Entity;
            json.Reset();
            buffer.ResetWrittenCount();
            json.WriteStartObject();
            json.WriteString(names[0], row.Id);
            json.WriteString(names[1], row.Query?.Name ?? string.Empty);
            json.WriteString(names[2], e.Id);
            json.WriteString(names[3], e.PrimaryName.Full);
            json.WriteString(names[4], hit.MatchedName.Full);
            json.WriteString(names[5], e.Schema.ToString());
            json.WriteNumber(names[6], Math.Round(hit.Score, 4));
            json.WriteBoolean(names[7], hit.IsMatch);
            json.WriteStartArray(names[8]);
            foreach (var program in e.Programs)
            {
                json.WriteStringValue(program);
            }

            json.WriteEndArray();
            json.WriteString(names[9], hit.Explanation.Summary);
            json.WriteEndObject();
            json.Flush();
            stream.Write(buffer.WrittenSpan);
            stream.WriteByte((byte)'\n');
        }
    }

    /// <inheritdoc />
    public void Flush() => stream.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        json.Dispose();
        stream.Dispose();
    }
}
