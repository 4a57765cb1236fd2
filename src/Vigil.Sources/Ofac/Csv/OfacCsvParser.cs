using System.Runtime.InteropServices;
using System.Text;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Csv;

/// <summary>
/// Splits OFAC's legacy CSV into records. The format (OFAC's dataspec): comma-separated, text in double quotes with
/// "" for a quote, records ended by CR (in practice CRLF; older copies LF), "-0-" (often "-0- ") for null, and a
/// trailing 0x1A end-of-file byte. Some copies carry a header row, recognised by a first field of "ent_num".
/// Anything else (an unterminated quote, a wrong field count, text after the end-of-file byte) throws
/// <see cref="ListFormatException"/> naming the file and line, so a damaged file is never half read.
/// </summary>
internal static class OfacCsvParser
{
    private const char EndOfFile = '\u001A';
    private const string Null = "-0-";

    /// <summary>Parses a whole file's text.</summary>
    /// <param name="file">The file's name, for error messages.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="fieldCount">How many fields every record must have.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    /// <exception cref="ListFormatException">When the text is not well-formed OFAC CSV.</exception>
    public static List<OfacCsvRow> Parse(string file, string text, int fieldCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(fieldCount, 1);

        var rows = new List<OfacCsvRow>(Math.Max(16, text.Length / 120));
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var fields = new string?[fieldCount];
        var first = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == EndOfFile)
            {
                EnsureOnlyWhitespaceAfter(file, text, i + 1, line);
                break;
            }

            if (c is '\r' or '\n')
            {
                i = SkipLineBreak(text, i);
                line++;
                continue;
            }

            if ((rows.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var recordLine = line;
            var start = i;
            var count = 0;
            while (true)
            {
                string? value;
                if (i < text.Length && text[i] == '"')
                {
                    (value, i, line) = ReadQuoted(file, text, i, line, recordLine);
                }
                else
                {
                    var end = i;
                    while (end < text.Length && text[end] is not (',' or '\r' or '\n' or EndOfFile))
                    {
                        end++;
                    }

                    value = Unquoted(text.AsSpan(i, end - i));
                    i = end;
                }

                if (count < fieldCount)
                {
                    fields[count] = value;
                }

                count++;
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                break;
            }

            var record = text[start..i];
            if (i < text.Length && text[i] is '\r' or '\n')
            {
                i = SkipLineBreak(text, i);
                line++;
            }

            if (first && IsHeader(fields[0]))
            {
                first = false;
                continue;
            }

            first = false;
            if (count != fieldCount)
            {
                throw new ListFormatException(file, "line " + recordLine, $"expected {fieldCount} fields, found {count}");
            }

            var copy = new string?[fieldCount];
            Array.Copy(fields, copy, fieldCount);
            rows.Add(new OfacCsvRow(recordLine, ImmutableCollectionsMarshal.AsImmutableArray(copy), record));
        }

        return rows;
    }

    // Returns the unquoted value, the index after the field, and the line number there.
    private static (string? Value, int Next, int Line) ReadQuoted(string file, string text, int i, int line, int recordLine)
    {
        StringBuilder? escaped = null;
        var segmentStart = i + 1;
        var pos = segmentStart;
        while (true)
        {
            var quote = text.IndexOf('"', pos);
            if (quote < 0)
            {
                throw new ListFormatException(file, "line " + recordLine, "unterminated quoted field");
            }

            line += CountLineBreaks(text.AsSpan(pos, quote - pos));
            if (quote + 1 < text.Length && text[quote + 1] == '"')
            {
                escaped ??= new StringBuilder();
                escaped.Append(text, segmentStart, quote + 1 - segmentStart);
                segmentStart = quote + 2;
                pos = segmentStart;
                continue;
            }

            string value;
            if (escaped is null)
            {
                value = text[segmentStart..quote];
            }
            else
            {
                escaped.Append(text, segmentStart, quote - segmentStart);
                value = escaped.ToString();
            }

            var next = quote + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next < text.Length && text[next] is not (',' or '\r' or '\n' or EndOfFile))
            {
                throw new ListFormatException(file, "line " + recordLine, "unexpected text after a closing quote");
            }

            var trimmed = value.AsSpan().Trim();
            return (trimmed.IsEmpty || trimmed.SequenceEqual(Null) ? null : value, next, line);
        }
    }

    private static string? Unquoted(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        return trimmed.IsEmpty || trimmed.SequenceEqual(Null) ? null : trimmed.ToString();
    }

    private static bool IsHeader(string? firstField) =>
        firstField is not null && firstField.Trim().Equals("ent_num", StringComparison.OrdinalIgnoreCase);

    private static int SkipLineBreak(string text, int i) =>
        text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;

    private static int CountLineBreaks(ReadOnlySpan<char> span)
    {
        var n = 0;
        for (var k = 0; k < span.Length; k++)
        {
            if (span[k] == '\n' || (span[k] == '\r' && (k + 1 == span.Length || span[k + 1] != '\n')))
            {
                n++;
            }
        }

        return n;
    }

    private static void EnsureOnlyWhitespaceAfter(string file, string text, int from, int line)
    {
        if (text.AsSpan(from).ContainsAnyExcept(" \t\r\n\u001A"))
        {
            throw new ListFormatException(file, "line " + line, "text after the end-of-file marker (0x1A)");
        }
    }
}
