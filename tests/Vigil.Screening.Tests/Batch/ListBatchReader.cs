using Vigil.Screening.Batch;

namespace Vigil.Screening.Tests.Batch;

/// <summary>Rows from memory, optionally failing after some of them, to drive the runner.</summary>
internal sealed class ListBatchReader(IReadOnlyList<BatchRow> rows, Exception? failAfterRows = null) : IBatchReader
{
    public string Name => "rows";

    public double? Fraction => null;

    public IEnumerable<BatchRow> ReadRows(CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }

        if (failAfterRows is not null)
        {
            throw failAfterRows;
        }
    }

    public void Dispose()
    {
    }
}
