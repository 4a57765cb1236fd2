using Vigil.Matching.Screening;

namespace Vigil.Screening.Batch;

/// <summary>A sink for batch results: one output record per hit, written in input order from one thread.</summary>
public interface IBatchWriter : IDisposable
{
    /// <summary>Writes the hits of one screened row (nothing when there are none).</summary>
    void Write(BatchRow row, IReadOnlyList<ScreeningHit> hits);

    /// <summary>Pushes buffered output to the file.</summary>
    void Flush();
}
