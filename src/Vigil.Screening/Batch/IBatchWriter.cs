using Vigil.Matching.Screening;

namespace Vigil.Screening.Batch;

/// <summary>A sink for batch results: one output record per hit, in input order, one call at a time (never concurrently).</summary>
public interface IBatchWriter : IDisposable
{
    /// <summary>Writes the hits of one screened row (nothing when there are none).</summary>
    void Write(BatchRow row, IReadOnlyList<ScreeningHit> hits);

    /// <summary>Pushes buffered output to the file.</summary>
    void Flush();
}
