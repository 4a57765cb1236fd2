using System.Text;
using Vigil.Screening.Input;

namespace Vigil.Screening.Batch;

/// <summary>
/// The byte stream under a reader, decoded as UTF-8 or the encoding named (a byte order mark wins over both), with how
/// far it has been read.
/// </summary>
internal sealed class BatchInputStream : IDisposable
{
    /// <summary>
    /// Bytes looked at before any row is read (64 KiB: hundreds of rows, the whole of most files a user tries first), so
    /// a file in another encoding stops before anything is screened rather than row by row.
    /// </summary>
    private const int SniffedBytes = 64 * 1024;

    private readonly Stream stream;
    private readonly long length;
    private double fraction;
    private bool claimed;

    /// <exception cref="BatchFileException">
    /// When the stream's first bytes are no text (a workbook, an archive, UTF-16 without a byte order mark), or not
    /// UTF-8 and no other encoding was named.
    /// </exception>
    public BatchInputStream(Stream stream, string name, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        this.stream = stream;
        length = stream.CanSeek ? stream.Length : -1;
        encoding ??= InputEncoding.Utf8;
        if (stream.CanSeek && Problem(stream, encoding) is { } problem)
        {
            throw new BatchFileException(name, problem);
        }

        Text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
    }

    public TextReader Text { get; }

    /// <summary>Opens a file for one front-to-back read.</summary>
    public static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);

    /// <summary>Marks the rows as handed out: a stream is read once, so a reader's rows can be enumerated only once.</summary>
    /// <exception cref="InvalidOperationException">When the rows were handed out already.</exception>
    public void ClaimRows()
    {
        if (claimed)
        {
            throw new InvalidOperationException("The rows of a batch reader can be read only once.");
        }

        claimed = true;
    }

    public double? Fraction => length < 0 ? null : Volatile.Read(ref fraction);

    /// <summary>Records the stream position; called by the reading thread after each row.</summary>
    public void Advance()
    {
        if (length > 0)
        {
            Volatile.Write(ref fraction, Math.Min(1.0, (double)stream.Position / length));
        }
        else if (length == 0)
        {
            Volatile.Write(ref fraction, 1.0);
        }
    }

    public void Dispose() => Text.Dispose();

    /// <summary>
    /// Why the stream's first bytes cannot be read as text in <paramref name="encoding"/>, unless a UTF-16 byte order
    /// mark says which they are: no text at all, or (for UTF-8) bytes that are not UTF-8. The stream is rewound.
    /// </summary>
    private static string? Problem(Stream stream, Encoding encoding)
    {
        var start = stream.Position;
        var buffer = new byte[SniffedBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var bytes = buffer.AsSpan(0, read);
        return bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] ? null : InputEncoding.Problem(bytes, encoding, complete: read < buffer.Length);
    }
}
