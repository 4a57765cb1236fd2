using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Vigil.Storage.Store;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Tests.Backends;

/// <summary>
/// A fresh, empty store for one test: its own SQLite file in a temp folder, or its own PostgreSQL schema, so tests
/// run in parallel without seeing each other. Removed on dispose.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2024, 6, 27, 12, 0, 0, TimeSpan.Zero);

    private readonly string? folder;
    private readonly string? schema;

    private TestStore(StoreKind kind, ListStore store, string? folder, string? schema, string? connectionString)
    {
        Kind = kind;
        Store = store;
        this.folder = folder;
        this.schema = schema;
        ConnectionString = connectionString;
    }

    public StoreKind Kind { get; }

    public ListStore Store { get; }

    /// <summary>The PostgreSQL connection string with the test's search path, or null for SQLite.</summary>
    public string? ConnectionString { get; }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? DatabasePath => folder is null ? null : Path.Combine(folder, "vigil.db");

    public FakeTimeProvider Clock { get; } = new(Start);

    public static async Task<TestStore> CreateAsync(StoreKind kind)
    {
        if (kind == StoreKind.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "vigil-storage-tests", Guid.NewGuid().ToString("N"));
            var store = await ListStore.OpenSqliteAsync(Path.Combine(folder, "vigil.db"));
            return new TestStore(kind, store, folder, null, null);
        }

        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(PostgresSettings.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(PostgresSettings.ConnectionString) { SearchPath = schema }.ToString();
        return new TestStore(kind, await ListStore.OpenPostgresAsync(connectionString), null, schema, connectionString);
    }

    public ListImporter Importer() => new(Store, Clock);

    /// <summary>Opens the same store again, as a second process would.</summary>
    public Task<ListStore> ReopenAsync() =>
        Kind == StoreKind.Sqlite ? ListStore.OpenSqliteAsync(DatabasePath!) : ListStore.OpenPostgresAsync(ConnectionString!);

    /// <summary>Runs a scalar query against the store (for checks on raw tables).</summary>
    public async Task<long> CountAsync(string sql)
    {
        var connection = await Store.OpenConnectionAsync(CancellationToken.None);
        await using (connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        if (schema is not null)
        {
            await using var admin = new NpgsqlConnection(PostgresSettings.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
