using System.IO.Compression;
using nietras.SeparatedValues;

namespace Vigil.Evaluation.Data;

/// <summary>
/// Reads a headed CSV (or gzipped CSV, by its <c>.gz</c> extension) into rows of named string fields with the line
/// each row starts on. Benchmark files are small enough to hold whole; reading them whole means a bad row fails
/// the load before any evaluation starts.
/// </summary>
internal static class CsvTable
{
    /// <summary>Reads every row, mapping each through <paramref name="map"/>; the columns listed must exist.</summary>
    public static List<T> Read<T>(string path, IReadOnlyList<string> requiredColumns, Func<CsvRecord, T> map)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new BenchDataException(path, 0, "file not found");
        }

        using var stream = OpenText(path);
        return Read(stream, path, requiredColumns, map);
    }

    /// <summary>Reads every row from an open text reader; <paramref name="name"/> is used in error messages.</summary>
    public static List<T> Read<T>(TextReader text, string name, IReadOnlyList<string> requiredColumns, Func<CsvRecord, T> map)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        ArgumentNullException.ThrowIfNull(map);
        var result = new List<T>();
        try
        {
            using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
            var header = reader.Header.ColNames;
            foreach (var column in requiredColumns)
            {
                if (!header.Contains(column, StringComparer.Ordinal))
                {
                    throw new BenchDataException(name, 1, $"missing column '{column}' (header: {string.Join(',', header)})");
                }
            }

            var values = new string[header.Count];
            foreach (var row in reader)
            {
                if (row.ColCount != header.Count)
                {
                    throw new BenchDataException(name, row.LineNumberFrom, $"expected {header.Count} fields, found {row.ColCount}");
                }

                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = row[i].ToString();
                }

                result.Add(map(new CsvRecord(name, row.LineNumberFrom, header, values)));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new BenchDataException(name, 0, ex.Message, ex);
        }

        return result;
    }

    /// <summary>Opens a text file, decompressing it when its name ends in <c>.gz</c>.</summary>
    public static StreamReader OpenText(string path)
    {
        var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }
}
