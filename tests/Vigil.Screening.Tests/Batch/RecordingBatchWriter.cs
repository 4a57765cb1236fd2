using Vigil.Matching.Screening;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Tests.Batch;

/// <summary>Keeps what a batch run writes, in the order written.</summary>
internal sealed class RecordingBatchWriter : IBatchWriter
{
    public List<(BatchRow Row, IReadOnlyList<ScreeningHit> Hits)> Written { get; } = [];

    public int Flushes { get; private set; }

    public void Write(BatchRow row, IReadOnlyList<ScreeningHit> hits) => Written.Add((row, hits));

    public void Flush() => Flushes++;

    public void Dispose()
    {
    }
}
