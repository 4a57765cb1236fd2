namespace Vigil.Screening.Text;

/// <summary>Reads the tab-separated reference files embedded from this folder; '#' starts a comment line.</summary>
internal static class ReferenceFile
{
    public static IEnumerable<string[]> ReadRows(string fileName)
    {
        var name = "Vigil.Screening.Text." + fileName;
        using var stream = typeof(ReferenceFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded reference data '{fileName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t', StringSplitOptions.TrimEntries);
        }
    }
}
