namespace Vigil.Screening.Batch;

/// <summary>Names and detection of <see cref="BatchFormat"/>.</summary>
public static class BatchFormats
{
    /// <summary>The format a file name implies: <c>.jsonl</c>, <c>.ndjson</c> and <c>.json</c> are JSON lines, anything else CSV.</summary>
    public static BatchFormat FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? BatchFormat.JsonLines
            : BatchFormat.Csv;
    }

    /// <summary>Parses a format name: <c>csv</c>, or <c>jsonl</c> (also <c>json</c>, <c>ndjson</c>); case is ignored.</summary>
    public static bool TryParse(string? text, out BatchFormat format)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "CSV":
                format = BatchFormat.Csv;
                return true;
            case "JSONL" or "JSON" or "NDJSON":
                format = BatchFormat.JsonLines;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
