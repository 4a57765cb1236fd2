namespace Vigil.Screening.Lists;

/// <summary>Finds the list data directory: an explicit path, <c>VIGIL_DATA_DIR</c>, or the lists bundled with Vigil.</summary>
public static class DataDirectory
{
    /// <summary>The environment variable hosts read for the data directory.</summary>
    public const string EnvironmentVariable = "VIGIL_DATA_DIR";

    /// <summary>
    /// Resolves the directory: the explicit value, else the environment value, else <c>data/lists</c> beside the
    /// executable (copied there at build), else <c>data/lists</c> in the nearest parent folder (a source checkout).
    /// </summary>
    public static string Resolve(string? explicitPath, string? environmentValue)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return Path.GetFullPath(environmentValue);
        }

        return FindBundled("lists") ?? Path.Combine(AppContext.BaseDirectory, "data", "lists");
    }

    /// <summary>Finds <c>data/&lt;name&gt;</c> beside the executable or in a parent folder; null when absent.</summary>
    public static string? FindBundled(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
