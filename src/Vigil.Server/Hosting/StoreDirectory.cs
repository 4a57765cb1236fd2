namespace Vigil.Server.Hosting;

/// <summary>Finds the folder of the list store and the key table, the same way for <c>vigil serve</c> and <c>vigil keys</c>.</summary>
public static class StoreDirectory
{
    /// <summary>The environment variable hosts read for the store folder.</summary>
    public const string EnvironmentVariable = "VIGIL_STORE_DIR";

    /// <summary>The environment variable hosts read for a PostgreSQL connection string (list versions in PostgreSQL).</summary>
    public const string PostgresEnvironmentVariable = "VIGIL_POSTGRES";

    /// <summary>The default: <c>.vigil</c> in the working directory, as the storage library's default.</summary>
    public const string Default = ".vigil";

    /// <summary>The explicit path, else the environment value, else <see cref="Default"/>; always a full path.</summary>
    public static string Resolve(string? explicitPath, string? environmentValue) =>
        Path.GetFullPath(!string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
            : Default);
}
