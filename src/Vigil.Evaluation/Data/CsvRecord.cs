using System.Globalization;

namespace Vigil.Evaluation.Data;

/// <summary>One CSV row with its line number, read by column name. Valid only inside the mapping call.</summary>
internal readonly struct CsvRecord
{
    private readonly IReadOnlyList<string> header;
    private readonly string[] values;

    public CsvRecord(string file, int line, IReadOnlyList<string> header, string[] values)
    {
        File = file;
        Line = line;
        this.header = header;
        this.values = values;
    }

    /// <summary>The file, for error messages.</summary>
    public string File { get; }

    /// <summary>The 1-based line the row starts on.</summary>
    public int Line { get; }

    /// <summary>The field of the named column, trimmed; empty when the column is absent.</summary>
    public string this[string column]
    {
        get
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], column, StringComparison.Ordinal))
                {
                    return values[i].Trim();
                }
            }

            return string.Empty;
        }
    }

    /// <summary>A <c>true</c>/<c>false</c> field (any case).</summary>
    public bool Boolean(string column)
    {
        var text = this[column];
        return bool.TryParse(text, out var value) ? value : throw Fail($"column '{column}': '{text}' is not true or false");
    }

    /// <summary>A number field, culture-invariant.</summary>
    public double Number(string column)
    {
        var text = this[column];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Fail($"column '{column}': '{text}' is not a number");
    }

    /// <summary>An error naming this row's file and line.</summary>
    public BenchDataException Fail(string problem) => new(File, Line, problem);
}
