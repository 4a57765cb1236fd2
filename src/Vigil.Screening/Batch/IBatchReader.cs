namespace Vigil.Screening.Batch;

/// <summary>A source of input rows, read one at a time so that no file is ever held whole.</summary>
public interface IBatchReader : IDisposable
{
    /// <summary>The input's name for messages (its path, usually).</summary>
    string Name { get; }

    /// <summary>
    /// How much of the input has been read, 0..1, or null when the size is unknown (a pipe). Safe to read from any
    /// thread while another enumerates <see cref="ReadRows"/>.
    /// </summary>
    double? Fraction { get; }

    /// <summary>Every row in input order, bad rows included (with their error). Enumerate once.</summary>
    IEnumerable<BatchRow> ReadRows(CancellationToken cancellationToken = default);
}
