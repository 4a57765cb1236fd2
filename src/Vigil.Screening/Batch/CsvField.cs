namespace Vigil.Screening.Batch;

/// <summary>One CSV field as RFC 4180 writes it: quoted, with quotes doubled, only when it holds a comma, quote or line break.</summary>
internal static class CsvField
{
    public static void Write(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
