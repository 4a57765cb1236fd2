using Npgsql;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>
/// The list store a test server uses: SQLite in the server's store folder, or a PostgreSQL schema of its own on the
/// database VIGIL_TEST_POSTGRES names. As in the storage tests, the PostgreSQL cases fail when the variable is unset,
/// unless VIGIL_SKIP_POSTGRES=1 leaves them out.
/// </summary>
internal static class TestStores
{
    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.Equals(Environment.GetEnvironmentVariable("VIGIL_SKIP_POSTGRES"), "1", StringComparison.Ordinal))
            {
                data.Add(Postgres);
            }

            return data;
        }
    }

    /// <summary>Creates an empty schema and returns its connection string and a disposer that drops it.</summary>
    public static async Task<PostgresSchema> CreatePostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable("VIGIL_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "The PostgreSQL server tests need VIGIL_TEST_POSTGRES (run: eval \"$(scripts/test-services.sh)\"), or VIGIL_SKIP_POSTGRES=1 to leave them out of a quick local run.");
        var schema = "s_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresSchema(admin, schema, new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ToString());
    }

    /// <summary>The settings of a server using <paramref name="kind"/>, with <paramref name="postgres"/> when it is PostgreSQL.</summary>
    public static IEnumerable<(string Key, string? Value)> Settings(string kind, PostgresSchema? postgres) =>
        kind == Postgres ? [("Vigil:Store:PostgresConnectionString", postgres!.ConnectionString)] : [];
}
