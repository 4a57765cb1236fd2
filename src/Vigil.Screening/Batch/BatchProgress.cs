namespace Vigil.Screening.Batch;

/// <summary>Where a batch run stands.</summary>
/// <param name="RowsScreened">Rows screened and written so far.</param>
/// <param name="RowsSkipped">Bad rows skipped so far.</param>
/// <param name="Hits">Hits written so far.</param>
/// <param name="Matches">Hits written so far that are matches.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Fraction">How much of the input has been read (0..1), or null when its size is unknown.</param>
public readonly record struct BatchProgress(long RowsScreened, long RowsSkipped, long Hits, long Matches, TimeSpan Elapsed, double? Fraction)
{
    /// <summary>Rows through the pipeline: screened plus skipped.</summary>
    public long RowsRead => RowsScreened + RowsSkipped;

    /// <summary>Rows screened per second so far.</summary>
    public double NamesPerSecond => Elapsed > TimeSpan.Zero ? RowsScreened / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time to the end, from the share of the input read so far; null when that share is unknown.</summary>
    public TimeSpan? Remaining => Fraction is > 0.0001 and var f && Elapsed > TimeSpan.Zero
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - f) / f)
        : null;
}
