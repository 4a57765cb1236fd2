using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Server.Keys;

/// <summary>
/// The API key table: one small SQLite file (<c>keys.db</c> in the store folder) holding each key's SHA-256, never
/// the key. Shared by <c>vigil keys</c> and the server; each call opens its own connection, so both may use the file
/// at once.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>The file name inside the store folder.</summary>
    public const string FileName = "keys.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS api_keys (
            id          TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            role        TEXT NOT NULL,
            key_hash    TEXT NOT NULL UNIQUE,
            key_prefix  TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            revoked_at  TEXT NULL
        );
        """;

    private readonly string connectionString;
    private readonly TimeProvider timeProvider;
    private readonly Lock gate = new();
    private bool ready;

    /// <summary>Creates a store over a database file; the file and its folder are created on first use.</summary>
    public ApiKeyStore(string databasePath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        this.timeProvider = timeProvider ?? TimeProvider.System;
        connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 10 }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens the store in a store folder (<see cref="FileName"/> inside it).</summary>
    public static ApiKeyStore InDirectory(string storeDirectory, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeDirectory);
        return new ApiKeyStore(Path.Combine(storeDirectory, FileName), timeProvider);
    }

    /// <summary>Creates a key; the returned secret is shown once and never stored.</summary>
    public CreatedApiKey Create(ApiRole role, string? name = null)
    {
        _ = ApiRoles.NameOf(role);
        var secret = ApiKeySecret.Generate();
        var info = new ApiKeyInfo(
            ApiKeySecret.NewId(),
            string.IsNullOrWhiteSpace(name) ? "unnamed" : name.Trim(),
            role,
            secret[..ApiKeySecret.ShownLength],
            Truncate(timeProvider.GetUtcNow()),
            null);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys (id, name, role, key_hash, key_prefix, created_at) VALUES ($id, $name, $role, $hash, $prefix, $created)";
        command.Parameters.AddWithValue("$id", info.Id);
        command.Parameters.AddWithValue("$name", info.Name);
        command.Parameters.AddWithValue("$role", ApiRoles.NameOf(role));
        command.Parameters.AddWithValue("$hash", ApiKeySecret.Hash(secret));
        command.Parameters.AddWithValue("$prefix", info.Prefix);
        command.Parameters.AddWithValue("$created", Format(info.CreatedAt));
        command.ExecuteNonQuery();
        return new CreatedApiKey(info, secret);
    }

    /// <summary>Every key, revoked ones included, oldest first.</summary>
    public IReadOnlyList<ApiKeyInfo> List()
    {
        var keys = new List<ApiKeyInfo>();
        foreach (var (_, info) in Read(string.Empty, null))
        {
            keys.Add(info);
        }

        return keys;
    }

    /// <summary>Revokes a key by id; false when no valid key has that id.</summary>
    public bool Revoke(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$id", id.Trim());
        command.Parameters.AddWithValue("$at", Format(Truncate(timeProvider.GetUtcNow())));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The valid key a presented secret belongs to, or null.</summary>
    public ApiKeyInfo? Find(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length > ApiKeySecret.MaxLength)
        {
            return null;
        }

        var rows = Read("WHERE revoked_at IS NULL AND key_hash = $hash", ApiKeySecret.Hash(secret));
        return rows.Count == 0 ? null : rows[0].Info;
    }

    /// <summary>Every valid key with its hash, for the server's in-memory copy.</summary>
    internal List<(string Hash, ApiKeyInfo Info)> ReadActive() => Read("WHERE revoked_at IS NULL", null);

    private List<(string Hash, ApiKeyInfo Info)> Read(string where, string? hash)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, name, role, key_hash, key_prefix, created_at, revoked_at FROM api_keys {where} ORDER BY created_at, id";
        if (hash is not null)
        {
            command.Parameters.AddWithValue("$hash", hash);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<(string, ApiKeyInfo)>();
        while (reader.Read())
        {
            if (!ApiRoles.TryParse(reader.GetString(2), out var role))
            {
                // A role this build does not know grants nothing.
                continue;
            }

            var info = new ApiKeyInfo(
                reader.GetString(0),
                reader.GetString(1),
                role.Value,
                reader.GetString(4),
                Parse(reader.GetString(5)),
                reader.IsDBNull(6) ? null : Parse(reader.GetString(6)));
            rows.Add((reader.GetString(3), info));
        }

        return rows;
    }

    private SqliteConnection Open()
    {
        if (!Volatile.Read(ref ready))
        {
            var folder = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            if (!Volatile.Read(ref ready))
            {
                lock (gate)
                {
                    if (!ready)
                    {
                        using var command = connection.CreateCommand();
                        command.CommandText = Schema;
                        command.ExecuteNonQuery();
                        Volatile.Write(ref ready, true);
                    }
                }
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
