namespace Vigil.Evaluation.Tests;

/// <summary>Small files written for one test, in the temp folder.</summary>
internal static class TempFile
{
    public static string Write(string content, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), "vigil-eval-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return path;
    }
}
