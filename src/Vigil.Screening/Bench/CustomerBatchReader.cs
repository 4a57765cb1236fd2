using System.Globalization;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Bench;

/// <summary>Synthetic customers as batch input, so throughput is measured through the real batch pipeline without file I/O.</summary>
internal sealed class CustomerBatchReader(IReadOnlyList<SyntheticCustomer> customers) : IBatchReader
{
    private int read;

    public string Name => "synthetic customers";

    public double? Fraction => customers.Count == 0 ? 1 : (double)Volatile.Read(ref read) / customers.Count;

    public IEnumerable<BatchRow> ReadRows(CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < customers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return BatchRow.Valid(i + 2, i.ToString(CultureInfo.InvariantCulture), customers[i].Query);
            Volatile.Write(ref read, i + 1);
        }
    }

    public void Dispose()
    {
    }
}
