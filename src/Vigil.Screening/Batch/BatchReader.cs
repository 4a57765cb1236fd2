using System.Text;
using Vigil.Screening.Input;

namespace Vigil.Screening.Batch;

/// <summary>Opens batch input files.</summary>
public static class BatchReader
{
    /// <summary>
    /// Opens a file in the given format, or the one its extension implies, in UTF-8 or the encoding named, reading
    /// numeric dates in the order given.
    /// </summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="BatchFileException">When a CSV file has no usable header, or the file is not in its encoding.</exception>
    public static IBatchReader Open(string path, BatchFormat? format = null, Encoding? encoding = null, DateOrder dateOrder = DateOrder.Unknown)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Batch input '{path}' does not exist.", path);
        }

        return (format ?? BatchFormats.FromPath(path)) == BatchFormat.JsonLines ? JsonLinesBatchReader.Open(path, encoding, dateOrder)
            : CsvBatchReader.Open(path, encoding: encoding, dateOrder: dateOrder);
    }
}
