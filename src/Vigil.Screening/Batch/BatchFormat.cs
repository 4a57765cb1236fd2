namespace Vigil.Screening.Batch;

/// <summary>The file formats batch screening reads and writes.</summary>
public enum BatchFormat
{
    /// <summary>Comma-separated values with a header row (RFC 4180 quoting; ';' or tab also detected from the header).</summary>
    Csv = 0,

    /// <summary>JSON lines: one JSON object per line.</summary>
    JsonLines = 1,
}
