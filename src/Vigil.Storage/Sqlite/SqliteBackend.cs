using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Storage.Store;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in write-ahead-log mode, so screening can read the current version
/// while a refresh writes the next one.
/// </summary>
internal sealed class SqliteBackend : IStoreBackend
{
    /// <summary>Rows written between progress callbacks (and cancellation checks by the caller's hook).</summary>
    private const int BatchSize = 256;

    private readonly string connectionString;

    public SqliteBackend(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,

            // Seconds a command waits on a locked database (another writer) before failing.
            DefaultTimeout = 60,
        }.ToString();
    }

    public string DatabasePath { get; }

    public string Provider => "sqlite";

    public string Location => DatabasePath;

    public string OrdinalCollation => "BINARY";

    public string MigrationsTableSql => SqliteMigrations.MigrationsTable;

    public IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // WAL is a property of the file: set once, it holds for every later connection.
            var mode = await Sql.ScalarAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken).ConfigureAwait(false);
            if (!string.Equals(mode as string, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite store '{DatabasePath}' could not switch to WAL mode (journal mode is '{mode}').");
            }
        }
    }

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, string lockKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // BEGIN IMMEDIATE takes SQLite's single write lock up front: writers queue (up to DefaultTimeout)
        // instead of failing on upgrade from a read lock, and readers carry on against the WAL.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    public async Task WriteEntitiesAsync(
        DbTransaction transaction,
        long versionId,
        IReadOnlyList<EncodedEntity> entities,
        Func<int, CancellationToken, ValueTask>? progress,
        CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var insertBody = Sql.Command(connection, transaction, "INSERT INTO entity_bodies (hash, body) VALUES (@hash, @body) ON CONFLICT (hash) DO NOTHING", ("@hash", string.Empty), ("@body", string.Empty));
        await using (insertBody.ConfigureAwait(false))
        {
            var insertRow = Sql.Command(connection, transaction, "INSERT INTO version_entities (version_id, entity_id, schema, hash) VALUES (@version, @id, @schema, @hash)", ("@version", versionId), ("@id", string.Empty), ("@schema", string.Empty), ("@hash", string.Empty));
            await using (insertRow.ConfigureAwait(false))
            {
                insertBody.Prepare();
                insertRow.Prepare();
                for (var i = 0; i < entities.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var entity = entities[i];
                    insertBody.Parameters[0].Value = entity.Hash;
                    insertBody.Parameters[1].Value = entity.Body;
                    await insertBody.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    insertRow.Parameters[1].Value = entity.Id;
                    insertRow.Parameters[2].Value = entity.Schema.ToString();
                    insertRow.Parameters[3].Value = entity.Hash;
                    await insertRow.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    if (progress is not null && ((i + 1) % BatchSize == 0 || i + 1 == entities.Count))
                    {
                        await progress(i + 1, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    public async Task<Dictionary<string, string>> ReadBodiesAsync(DbConnection connection, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(hashes.Count, StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return result;
        }

        // One statement however many hashes: the set goes in as a JSON array, unpacked by json_each.
        var json = JsonSerializer.Serialize(hashes as string[] ?? [.. hashes], StorageJsonContext.Default.StringArray);
        var command = Sql.Command(connection, null, "SELECT hash, body FROM entity_bodies WHERE hash IN (SELECT value FROM json_each(@hashes))", ("@hashes", json));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    result[reader.GetString(0)] = reader.GetString(1);
                }
            }
        }

        return result;
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
