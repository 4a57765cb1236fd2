using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Model;

namespace Vigil.Sources.OpenSanctions;

/// <summary>
/// Reads FollowTheMoney JSON lines: one entity object per line, UTF-8. Lines are cut from the byte stream and each
/// is parsed straight from its bytes, so a bad line is reported with its exact number and nothing is decoded twice.
/// Blank lines are skipped.
/// </summary>
internal static class FtmReader
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>Reads every line of the file.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    /// <exception cref="ListFormatException">When a line is not a JSON object with an id and a schema.</exception>
    public static ImmutableArray<FtmRecord> Read(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        var records = ImmutableArray.CreateBuilder<FtmRecord>();
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var start = 0;
            var end = 0;
            var scanned = 0;
            var line = 0L;
            while (true)
            {
                var newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    var stop = scanned + newline;
                    cancellationToken.ThrowIfCancellationRequested();
                    ReadLine(buffer.AsSpan(start, stop - start), ++line, file, records);
                    start = stop + 1;
                    scanned = start;
                    continue;
                }

                scanned = end;
                if (start > 0)
                {
                    // Move the unfinished line to the front so the buffer only grows for lines longer than itself.
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    scanned -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    if (end > start)
                    {
                        ReadLine(buffer.AsSpan(start, end - start), ++line, file, records);
                    }

                    break;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return records.ToImmutable();
    }

    private static void ReadLine(ReadOnlySpan<byte> bytes, long line, string file, ImmutableArray<FtmRecord>.Builder records)
    {
        if (line == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        bytes = bytes.TrimEnd("\r\n\t "u8).TrimStart("\r\n\t "u8);
        if (bytes.IsEmpty)
        {
            return;
        }

        var location = "line " + line.ToString(CultureInfo.InvariantCulture);
        FtmLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(bytes, FtmJsonContext.Default.FtmLine);
        }
        catch (JsonException ex)
        {
            throw new ListFormatException(file, location, "not a FollowTheMoney JSON object: " + ex.Message, ex);
        }

        if (parsed is null)
        {
            throw new ListFormatException(file, location, "the line is JSON null, not an entity");
        }

        if (string.IsNullOrWhiteSpace(parsed.Id))
        {
            throw new ListFormatException(file, location, "\"id\" is missing");
        }

        if (string.IsNullOrWhiteSpace(parsed.Schema))
        {
            throw new ListFormatException(file, location, parsed.Id + ": \"schema\" is missing");
        }

        var properties = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (parsed.Properties is not null)
        {
            foreach (var (name, values) in parsed.Properties)
            {
                var clean = Clean(values);
                if (!clean.IsEmpty)
                {
                    properties[name] = clean;
                }
            }
        }

        records.Add(new FtmRecord(
            parsed.Id.Trim(),
            parsed.Schema.Trim(),
            string.IsNullOrWhiteSpace(parsed.Caption) ? null : parsed.Caption.Trim(),
            properties.ToImmutable(),
            Clean(parsed.Datasets),
            Clean(parsed.Referents),
            parsed.LastChange,
            file,
            line,
            Encoding.UTF8.GetString(bytes)));
    }

    private static ImmutableArray<string> Clean(IReadOnlyList<string?>? values) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];
}
