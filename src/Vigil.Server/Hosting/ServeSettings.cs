namespace Vigil.Server.Hosting;

/// <summary>What a host (the CLI's <c>vigil serve</c>, or the server's own entry point) tells the server at start.</summary>
public sealed record ServeSettings
{
    /// <summary>Command-line arguments for ASP.NET Core configuration (<c>--Vigil:Server:MaxNameLength=300</c>...).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Addresses to listen on, separated by ';' (<c>http://127.0.0.1:8080</c>); null for configuration's or Kestrel's default.</summary>
    public string? Urls { get; init; }

    /// <summary>Serve requests without a key as admin; allowed only when every bound address is loopback.</summary>
    public bool InsecureLocal { get; init; }

    /// <summary>Folder of list folders; null for configuration, <c>VIGIL_DATA_DIR</c> or the bundled lists.</summary>
    public string? ListsDirectory { get; init; }

    /// <summary>Folder of the list store and the key table; null for configuration, <c>VIGIL_STORE_DIR</c> or <c>.vigil</c>.</summary>
    public string? StoreDirectory { get; init; }

    /// <summary>PostgreSQL connection string for list versions; null for configuration or <c>VIGIL_POSTGRES</c> (else SQLite).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Time between scheduled refreshes of the lists from their publishers; null for configuration's (default: no schedule).</summary>
    public TimeSpan? RefreshInterval { get; init; }

    /// <summary>Base URL of an internal mirror of the list files; null for configuration's (default: the publishers).</summary>
    public string? RefreshMirror { get; init; }
}
