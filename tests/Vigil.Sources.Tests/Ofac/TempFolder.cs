namespace Vigil.Sources.Tests.Ofac;

/// <summary>A temporary folder for hand-made list files, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-ofac-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file with exactly the given text (no newline conversion), Latin-1/ASCII as OFAC writes.</summary>
    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, System.Text.Encoding.Latin1.GetBytes(text));
        return file;
    }

    /// <summary>Copies a file in unchanged.</summary>
    public string Copy(string from, string? name = null)
    {
        var file = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(from));
        File.Copy(from, file);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
