namespace Vigil.Storage.Tests.Data;

/// <summary>Paths of the real list files the tests read.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding Vigil.slnx.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The January 2019 SDN set (sdn, add, alt).</summary>
    public static string Sdn2019 => Path.Combine(RepositoryRoot, "tests", "Vigil.Sources.Tests", "Fixtures", "Ofac", "sdn-2019-01");

    /// <summary>The July 2021 SDN set (sdn, add, alt, sdn_comments).</summary>
    public static string Sdn2021 => Path.Combine(RepositoryRoot, "tests", "Vigil.Sources.Tests", "Fixtures", "Ofac", "sdn-2021-07");

    /// <summary>The bundled June 2024 SDN set (alt and comments from January 2025, filtered).</summary>
    public static string Sdn2024 => Path.Combine(RepositoryRoot, "data", "lists", "ofac-sdn");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}.");
    }
}
