using System.Collections.Frozen;

namespace Vigil.Text;

/// <summary>Reads the tab-separated reference files embedded in this assembly; '#' starts a comment line.</summary>
internal static class ReferenceData
{
    public static IEnumerable<string> ReadLines(string relativePath)
    {
        var name = "Vigil.Text." + relativePath.Replace('/', '\\');
        var assembly = typeof(ReferenceData).Assembly;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? assembly.GetManifestResourceStream("Vigil.Text." + relativePath)
            ?? throw new InvalidOperationException($"Embedded reference data '{relativePath}' is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }

    /// <summary>The words of a file of tab-separated words (any number a line), as a set.</summary>
    public static FrozenSet<string> ReadWordSet(string relativePath) =>
        ReadLines(relativePath).SelectMany(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToFrozenSet(StringComparer.Ordinal);
}
