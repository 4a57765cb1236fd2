namespace Vigil.Screening.Tests.Text;

/// <summary>Reads the test fixtures from the source tree (tests/Vigil.Screening.Tests/Fixtures), found above the test binaries.</summary>
internal static class FixtureFiles
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root.Value, relativePath));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Vigil.Screening.Tests", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Vigil.Screening.Tests/Fixtures not found above the test binaries.");
    }
}
