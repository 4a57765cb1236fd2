using System.Text;

namespace Vigil.Screening.Batch;

/// <summary>The byte stream under a reader, decoded as UTF-8 (BOM honoured), with how far it has been read.</summary>
internal sealed class BatchInputStream : IDisposable
{
    private readonly Stream stream;
    private readonly long length;
    private double fraction;
    private bool claimed;

    public BatchInputStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        length = stream.CanSeek ? stream.Length : -1;
        Text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
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
}
