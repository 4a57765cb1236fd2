using System.ComponentModel.DataAnnotations;

namespace Vigil.Server.Options;

/// <summary>The list store (versions, diffs, history) and the key table (section <c>Vigil:Store</c>).</summary>
internal sealed class StoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Vigil:Store";

    /// <summary>
    /// Folder of the embedded SQLite store and of the API key table (<c>keys.db</c>). Default null:
    /// <c>VIGIL_STORE_DIR</c>, else <c>.vigil</c> in the working directory, as <c>vigil import</c>.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>An Npgsql connection string (default: <c>VIGIL_POSTGRES</c>); when set, list versions are read from PostgreSQL. Keys stay in SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>
    /// How often the refresh status of each source is read from the store for metrics. Default 1 minute: refreshes
    /// run hourly, so a minute's delay in the gauge is immaterial.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
