namespace Vigil.Storage.Store;

/// <summary>Where the list store keeps its data. Hosts bind these from configuration and pass them to <see cref="ListStore.OpenAsync(ListStoreOptions, CancellationToken)"/>.</summary>
public sealed record ListStoreOptions
{
    /// <summary>
    /// Folder of the embedded SQLite store, created on first run. Default <c>.vigil</c> (relative to the working
    /// directory), so a checkout or a container volume keeps its data beside it.
    /// </summary>
    public string DataDirectory { get; init; } = ".vigil";

    /// <summary>File name of the SQLite database inside <see cref="DataDirectory"/>. Default <c>vigil.db</c>.</summary>
    public string DatabaseFileName { get; init; } = "vigil.db";

    /// <summary>
    /// An Npgsql connection string. When set, the store uses PostgreSQL instead of SQLite; default null (SQLite),
    /// because a single node needs no server.
    /// </summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>The full path of the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, DatabaseFileName);
}
