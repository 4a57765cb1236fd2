namespace Vigil.Evaluation.Tests;

/// <summary>Finds the repository's data folders from the test binaries.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootDir = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Vigil.slnx) not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootDir.Value;

    public static BenchFiles Bench { get; } = new(Path.Combine(Root, "data", "bench"));

    public static string Lists => Path.Combine(Root, "data", "lists");
}
