using System.Text;

namespace Vigil.Screening.Batch;

/// <summary>
/// A streaming RFC 4180 reader: quoted fields (with doubled quotes and line breaks inside), CRLF, LF or CR line ends,
/// blank lines skipped, a leading BOM dropped. It keeps one buffer of text, never the file, and counts physical lines
/// so every record knows where it starts. A malformed record is returned with its error and reading goes on.
/// </summary>
internal sealed class CsvRecordReader
{
    private const int BufferSize = 64 * 1024;

    private readonly TextReader reader;
    private readonly char[] buffer = new char[BufferSize];
    private readonly StringBuilder field = new();
    private readonly List<string> fields = [];
    private int position;
    private int length;
    private long line = 1;
    private bool started;

    public CsvRecordReader(TextReader reader, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
        Delimiter = delimiter ?? '\0';
    }

    /// <summary>The field delimiter: given, or detected from the first line (',' unless ';' or tab is more frequent).</summary>
    public char Delimiter { get; private set; }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool TryRead(out CsvRecord record)
    {
        if (!started)
        {
            Start();
        }

        // Blank lines separate nothing and are not rows.
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                record = default;
                return false;
            }

            if (c is '\r' or '\n')
            {
                ReadLineEnd();
                continue;
            }

            break;
        }

        var start = line;
        string? error = null;
        fields.Clear();
        while (true)
        {
            field.Clear();
            var end = Peek() == '"' ? ReadQuoted(ref error) : ReadUnquoted();
            fields.Add(field.ToString());
            if (end != Delimiter)
            {
                break;
            }
        }

        record = new CsvRecord(start, [.. fields], error);
        return true;
    }

    // Reads an unquoted field up to and including its delimiter or line end; returns that terminator (-1 at the end).
    private int ReadUnquoted()
    {
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                return -1;
            }

            if (c == Delimiter)
            {
                position++;
                return c;
            }

            if (c is '\r' or '\n')
            {
                ReadLineEnd();
                return '\n';
            }

            // A quote inside an unquoted field is kept as written (O"Brien): lenient, as spreadsheets write such files.
            field.Append((char)c);
            position++;
        }
    }

    private int ReadQuoted(ref string? error)
    {
        position++;
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                error ??= "unterminated quoted field";
                return -1;
            }

            if (c == '"')
            {
                if (Peek() == '"')
                {
                    position++;
                    field.Append('"');
                    continue;
                }

                break;
            }

            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                line++;
            }

            field.Append((char)c);
        }

        // After the closing quote only a delimiter or a line end may follow; anything else is kept, and reported.
        var next = Peek();
        if (next >= 0 && next != Delimiter && next is not ('\r' or '\n'))
        {
            error ??= "text after a closing quote (a quote inside a quoted field must be doubled)";
        }

        return ReadUnquoted();
    }

    private void ReadLineEnd()
    {
        if (Read() == '\r' && Peek() == '\n')
        {
            position++;
        }

        line++;
    }

    private int Peek()
    {
        if (position == length && !Fill())
        {
            return -1;
        }

        return buffer[position];
    }

    private int Read()
    {
        var c = Peek();
        if (c >= 0)
        {
            position++;
        }

        return c;
    }

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }

    private void Start()
    {
        started = true;
        if (!Fill())
        {
            return;
        }

        if (buffer[0] == '\uFEFF')
        {
            position = 1;
        }

        if (Delimiter == '\0')
        {
            Delimiter = Detect(buffer.AsSpan(position, length - position));
        }
    }

    private static char Detect(ReadOnlySpan<char> text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\r' or '\n')
                {
                    break;
                }

                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
