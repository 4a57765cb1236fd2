using System.Data.Common;

namespace Vigil.Storage.Store;

/// <summary>
/// What differs between SQLite and PostgreSQL: connections, the write lock, the schema's dialect and bulk writes.
/// Every query that both understand lives in <see cref="ListStore"/> and its helpers, written once.
/// </summary>
internal interface IStoreBackend : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Provider { get; }

    /// <summary>Where the data lives, for messages: a file path or a host and database, never a password.</summary>
    string Location { get; }

    /// <summary>Creates the migrations table if it does not exist.</summary>
    string MigrationsTableSql { get; }

    /// <summary>The schema steps in this backend's dialect.</summary>
    IReadOnlyList<Migration> Migrations { get; }

    /// <summary>A collation name that sorts text by code point, e.g. for <c>ORDER BY entity_id COLLATE ...</c>.</summary>
    string OrdinalCollation { get; }

    /// <summary>Runs once when the store opens, before migrations (e.g. switching SQLite to WAL).</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Opens a pooled connection.</summary>
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a write transaction holding <paramref name="lockKey"/>, so writers of one source (or migrations) queue.</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, string lockKey, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a version's entity rows (and any bodies not yet stored) inside <paramref name="transaction"/>.
    /// Calls <paramref name="progress"/> with the number of rows written so far after each batch.
    /// </summary>
    Task WriteEntitiesAsync(
        DbTransaction transaction,
        long versionId,
        IReadOnlyList<EncodedEntity> entities,
        Func<int, CancellationToken, ValueTask>? progress,
        CancellationToken cancellationToken);

    /// <summary>Reads entity bodies by hash; hashes not stored are absent from the result.</summary>
    Task<Dictionary<string, string>> ReadBodiesAsync(DbConnection connection, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken);
}
