using System.Data.Common;
using System.Globalization;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Store;

/// <summary>
/// The store of list versions: embedded SQLite by default, or PostgreSQL. One logical schema in both, brought up
/// to date by numbered migrations when the store opens. Versions are immutable: each holds every entity as JSON
/// with a per-entity SHA-256, and identical bodies are stored once for all versions.
/// </summary>
/// <remarks>Thread-safe: every call opens its own pooled connection.</remarks>
public sealed partial class ListStore : IAsyncDisposable
{
    private ListStore(IStoreBackend backend)
    {
        Backend = backend;
    }

    /// <summary>The schema version this build creates and understands.</summary>
    public static int LatestSchemaVersion => SqliteMigrations.All[^1].Version;

    /// <summary>"sqlite" or "postgresql".</summary>
    public string Provider => Backend.Provider;

    /// <summary>Where the data lives: the SQLite file, or PostgreSQL host, port, database (never the password).</summary>
    public string Location => Backend.Location;

    internal IStoreBackend Backend { get; }

    /// <summary>Opens (and creates or migrates) the store the options describe.</summary>
    public static Task<ListStore> OpenAsync(ListStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.PostgresConnectionString)
            ? OpenSqliteAsync(options.DatabasePath, cancellationToken)
            : OpenPostgresAsync(options.PostgresConnectionString, cancellationToken);
    }

    /// <summary>Opens an SQLite store at a file path, creating the file and its folder on first run.</summary>
    public static Task<ListStore> OpenSqliteAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return OpenAsync(new SqliteBackend(databasePath), cancellationToken);
    }

    /// <summary>Opens a PostgreSQL store; the database (and the schema named by <c>Search Path</c>, if any) must exist.</summary>
    public static Task<ListStore> OpenPostgresAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return OpenAsync(new PostgresBackend(connectionString), cancellationToken);
    }

    /// <summary>The schema version the store is at (after opening, always <see cref="LatestSchemaVersion"/>).</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var value = await Sql.ScalarAsync(connection, null, "SELECT MAX(version) FROM schema_migrations", cancellationToken).ConfigureAwait(false);
            return value is null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Backend.DisposeAsync();

    internal ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => Backend.OpenAsync(cancellationToken);

    private static async Task<ListStore> OpenAsync(IStoreBackend backend, CancellationToken cancellationToken)
    {
        try
        {
            await backend.InitializeAsync(cancellationToken).ConfigureAwait(false);
            await MigrateAsync(backend, cancellationToken).ConfigureAwait(false);
            return new ListStore(backend);
        }
        catch
        {
            await backend.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task MigrateAsync(IStoreBackend backend, CancellationToken cancellationToken)
    {
        var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await backend.BeginWriteAsync(connection, "vigil-migrations", cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await Sql.ExecuteAsync(connection, transaction, backend.MigrationsTableSql, cancellationToken).ConfigureAwait(false);
                var applied = await Sql.QueryAsync(connection, transaction, "SELECT version FROM schema_migrations", r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
                var latest = backend.Migrations[^1].Version;
                var newest = applied.Count == 0 ? 0 : applied.Max();
                if (newest > latest)
                {
                    throw new InvalidOperationException(
                        $"The {backend.Provider} store at {backend.Location} is at schema version {newest}, newer than this build supports ({latest}). Upgrade Vigil.");
                }

                foreach (var migration in backend.Migrations)
                {
                    if (applied.Contains(migration.Version))
                    {
                        continue;
                    }

                    await Sql.ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
                    await Sql.ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, CURRENT_TIMESTAMP)",
                        cancellationToken,
                        ("@version", migration.Version),
                        ("@description", migration.Description)).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
