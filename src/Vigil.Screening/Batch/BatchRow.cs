using Vigil.Matching.Screening;

namespace Vigil.Screening.Batch;

/// <summary>
/// One input row: either a query to screen, or the reason it cannot be screened. Bad rows travel through the
/// pipeline like good ones, so they are reported in input order. A good row may carry a <see cref="Warning"/>:
/// something it holds that the query could not use (an unknown country), reported once the row is screened.
/// </summary>
/// <param name="Line">The line of the input file the row starts on (1-based; the CSV header is line 1).</param>
/// <param name="Id">The row's own id, or its line number when the input gives none.</param>
/// <param name="Query">The query, or null when the row is bad.</param>
/// <param name="Error">Why the row is skipped, or null when it is good.</param>
public sealed record BatchRow(long Line, string Id, ScreeningQuery? Query, string? Error)
{
    /// <summary>True when the row can be screened.</summary>
    public bool IsValid => Query is not null;

    /// <summary>What a good row holds that its query leaves out, and so is screened without; null when nothing.</summary>
    public string? Warning { get; init; }

    /// <summary>A good row, with a warning when part of it could not be used.</summary>
    public static BatchRow Valid(long line, string id, ScreeningQuery query, string? warning = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new BatchRow(line, id, query, null) { Warning = string.IsNullOrWhiteSpace(warning) ? null : warning };
    }

    /// <summary>A bad row, skipped and reported.</summary>
    public static BatchRow Invalid(long line, string id, string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new BatchRow(line, id, null, error);
    }
}
