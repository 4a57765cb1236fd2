using Vigil.Matching.Screening;

namespace Vigil.Screening.Batch;

/// <summary>
/// A run of consecutive input rows: filled by the reader, screened by one worker, then written by the writer,
/// which awaits chunks in input order.
/// </summary>
internal sealed class BatchChunk
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BatchChunk(int capacity)
    {
        Rows = new List<BatchRow>(capacity);
    }

    public List<BatchRow> Rows { get; }

    /// <summary>Per row: the hits to write, or null for a bad row.</summary>
    public IReadOnlyList<ScreeningHit>?[] Hits { get; private set; } = [];

    /// <summary>Per row: why screening failed, or null.</summary>
    public string?[] Failures { get; private set; } = [];

    /// <summary>Completes when the chunk has been screened.</summary>
    public Task Screened => done.Task;

    public void Screen(Screener screener, int limit, double threshold, bool matchesOnly)
    {
        Hits = new IReadOnlyList<ScreeningHit>?[Rows.Count];
        Failures = new string?[Rows.Count];
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Query is not { } query)
            {
                continue;
            }

            try
            {
                var hits = screener.Screen(query, limit, threshold);
                Hits[i] = matchesOnly ? MatchesOf(hits) : hits;
            }
#pragma warning disable CA1031 // One row that breaks the screener is reported and skipped; the run must go on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Failures[i] = $"screening failed ({ex.GetType().Name}): {ex.Message.ReplaceLineEndings(" ")}";
            }
        }

        done.TrySetResult();
    }

    public void Cancel() => done.TrySetCanceled();

    private static IReadOnlyList<ScreeningHit> MatchesOf(IReadOnlyList<ScreeningHit> hits)
    {
        var count = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            count += hits[i].IsMatch ? 1 : 0;
        }

        if (count == hits.Count)
        {
            return hits;
        }

        var matches = new ScreeningHit[count];
        var j = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].IsMatch)
            {
                matches[j++] = hits[i];
            }
        }

        return matches;
    }
}
