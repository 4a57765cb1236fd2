namespace Vigil.Evaluation.Tests;

/// <summary>A small file written for one test in the temp folder, deleted when the test is done with it.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    /// <summary>Where the file is.</summary>
    public string Path { get; }

    public static TempFile Write(string content, string extension = ".csv")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-eval-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return new TempFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
