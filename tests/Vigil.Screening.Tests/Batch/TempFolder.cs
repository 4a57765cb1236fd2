using System.Text;

namespace Vigil.Screening.Tests.Batch;

/// <summary>A folder in the temp directory for one test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file as exact bytes: the text in UTF-8, with a BOM when asked.</summary>
    public string Write(string name, string content, bool bom = false)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, [.. bom ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(content)]);
        return path;
    }

    /// <summary>Writes a file as exact bytes, for encodings other than UTF-8.</summary>
    public string WriteBytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
