using Vigil.Matching.Screening;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Bench;

/// <summary>Counts hits and writes nothing: throughput measures screening, not the disk.</summary>
internal sealed class DiscardBatchWriter : IBatchWriter
{
    public long Hits { get; private set; }

    public void Write(BatchRow row, IReadOnlyList<ScreeningHit> hits) => Hits += hits.Count;

    public void Flush()
    {
    }

    public void Dispose()
    {
    }
}
