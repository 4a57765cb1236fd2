namespace Vigil.Screening.Batch;

/// <summary>How a batch run screens and reports, with the reason for each default.</summary>
public sealed record BatchOptions
{
    /// <summary>
    /// Most hits written per input row (default 5). A batch is reviewed row by row in a spreadsheet; past the top
    /// few, hits above the reporting floor are near-duplicates of the same weak evidence and only bloat the file.
    /// </summary>
    public int Limit { get; init; } = 5;

    /// <summary>Score at which a hit is a match; null takes the screener's threshold (0.70 by default).</summary>
    public double? Threshold { get; init; }

    /// <summary>Write only hits that are matches (default false: every hit above the reporting floor is written).</summary>
    public bool MatchesOnly { get; init; }

    /// <summary>Screening workers; null (the default) uses every core, since screening is CPU-bound and shares one immutable index.</summary>
    public int? Workers { get; init; }

    /// <summary>
    /// Rows per unit of work (default 64): enough to make the hand-off between threads (about a microsecond) vanish
    /// against queries of tens of microseconds, few enough that output, written in input order, never waits long.
    /// </summary>
    public int ChunkSize { get; init; } = 64;

    /// <summary>
    /// Chunks in flight between reader and writer, per worker (default 4). Bounds memory (here 4 × workers × 64 rows)
    /// whatever the input size, while keeping every worker fed when one chunk runs slow.
    /// </summary>
    public int ChunksPerWorker { get; init; } = 4;

    /// <summary>Least time between two progress reports (default 250 ms: a live bar looks smooth, and reporting costs nothing measurable).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Bad rows, and apart from them warnings, kept in the summary (default 1,000 each); all of them are counted and
    /// reported as they occur.
    /// </summary>
    public int MaxErrorsKept { get; init; } = 1000;

    /// <summary>The defaults.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1, nameof(Limit));
        if (Threshold is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be within 0..1.");
        }

        if (Workers is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "At least one worker is needed.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkSize, 1, nameof(ChunkSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunksPerWorker, 1, nameof(ChunksPerWorker));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxErrorsKept, nameof(MaxErrorsKept));
    }
}
