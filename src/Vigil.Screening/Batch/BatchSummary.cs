namespace Vigil.Screening.Batch;

/// <summary>The outcome of a batch run.</summary>
/// <param name="RowsRead">Input rows read (blank lines and the header are not rows).</param>
/// <param name="RowsScreened">Rows screened.</param>
/// <param name="RowsSkipped">Bad rows skipped.</param>
/// <param name="Hits">Hits written.</param>
/// <param name="Matches">Hits written that are matches.</param>
/// <param name="RowsMatched">Input rows with at least one match.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Workers">Screening workers used.</param>
/// <param name="Errors">The first bad rows (up to <see cref="BatchOptions.MaxErrorsKept"/>), in input order.</param>
public sealed record BatchSummary(
    long RowsRead,
    long RowsScreened,
    long RowsSkipped,
    long Hits,
    long Matches,
    long RowsMatched,
    TimeSpan Elapsed,
    int Workers,
    IReadOnlyList<BatchRowError> Errors)
{
    /// <summary>Rows screened (and counted in <see cref="RowsScreened"/>) without part of what they hold, such as an unknown country.</summary>
    public long RowsWithWarnings { get; init; }

    /// <summary>The first warnings (up to <see cref="BatchOptions.MaxErrorsKept"/>), in input order.</summary>
    public IReadOnlyList<BatchRowWarning> Warnings { get; init; } = [];

    /// <summary>Rows screened per second of wall time.</summary>
    public double NamesPerSecond => Elapsed > TimeSpan.Zero ? RowsScreened / Elapsed.TotalSeconds : 0;
}
