using Npgsql;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>A PostgreSQL schema for one test, dropped on dispose.</summary>
internal sealed class PostgresSchema(string admin, string schema, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
