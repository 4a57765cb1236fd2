namespace Vigil.Screening.Batch;

/// <summary>Creates batch output files.</summary>
public static class BatchWriter
{
    /// <summary>Creates (or replaces) a file, as JSON lines when its extension says so (<c>.jsonl</c>), else CSV.</summary>
    public static IBatchWriter Create(string path, BatchFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 4096);
        return (format ?? BatchFormats.FromPath(path)) == BatchFormat.JsonLines ? new JsonLinesBatchWriter(stream) : new CsvBatchWriter(stream);
    }
}
