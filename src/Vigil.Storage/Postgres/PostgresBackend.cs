using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Vigil.Storage.Store;

namespace Vigil.Storage.Postgres;

/// <summary>
/// The server store: PostgreSQL through an Npgsql data source. Entity rows go in with binary COPY into a
/// transaction-scoped temporary table, then two set-based inserts, so a 15,000-entity version is a handful of round trips.
/// </summary>
internal sealed class PostgresBackend : IStoreBackend
{
    /// <summary>Rows written between progress callbacks.</summary>
    private const int BatchSize = 256;

    private readonly NpgsqlDataSource dataSource;

    public PostgresBackend(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database}" + (string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $" (schema {builder.SearchPath})");
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string Provider => "postgresql";

    public string Location { get; }

    public string OrdinalCollation => "\"C\"";

    public string MigrationsTableSql => PostgresMigrations.MigrationsTable;

    public IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, string lockKey, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A transaction-scoped advisory lock per schema and key: writers of one source queue, other
            // sources (and stores in other schemas of the same database) go on in parallel.
            await Sql.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':' || @key))", cancellationToken, ("@key", lockKey)).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task WriteEntitiesAsync(
        DbTransaction transaction,
        long versionId,
        IReadOnlyList<EncodedEntity> entities,
        Func<int, CancellationToken, ValueTask>? progress,
        CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        await Sql.ExecuteAsync(connection, transaction, "CREATE TEMPORARY TABLE vigil_import (entity_id text NOT NULL, schema text NOT NULL, hash text NOT NULL, body text NOT NULL) ON COMMIT DROP", cancellationToken).ConfigureAwait(false);

        // Disposing the importer without Complete() aborts the COPY, so a cancelled or failed write leaves nothing behind.
        var importer = await connection.BeginBinaryImportAsync("COPY vigil_import (entity_id, schema, hash, body) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            for (var i = 0; i < entities.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entity = entities[i];
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(entity.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(entity.Schema.ToString(), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(entity.Hash, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(entity.Body, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                if (progress is not null && ((i + 1) % BatchSize == 0 || i + 1 == entities.Count))
                {
                    await progress(i + 1, cancellationToken).ConfigureAwait(false);
                }
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO entity_bodies (hash, body) SELECT DISTINCT ON (hash) hash, body FROM vigil_import ON CONFLICT (hash) DO NOTHING", cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO version_entities (version_id, entity_id, schema, hash) SELECT @version, entity_id, schema, hash FROM vigil_import", cancellationToken, ("@version", versionId)).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, string>> ReadBodiesAsync(DbConnection connection, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(hashes.Count, StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return result;
        }

        var command = Sql.Command(connection, null, "SELECT hash, body FROM entity_bodies WHERE hash = ANY(@hashes)", ("@hashes", hashes as string[] ?? [.. hashes]));
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

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
