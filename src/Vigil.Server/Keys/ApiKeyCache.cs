using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Vigil.Server.Operations;
using Vigil.Server.Options;

namespace Vigil.Server.Keys;

/// <summary>
/// The server's in-memory copy of the valid keys, by hash, so that checking a key costs one SHA-256 and one lookup.
/// The table is read again when the copy is older than <see cref="SecurityOptions.KeyRefreshInterval"/> (one request
/// reads it while the others use the old copy) and, at most once per
/// <see cref="SecurityOptions.UnknownKeyReloadInterval"/>, when an unknown key is presented.
/// </summary>
internal sealed class ApiKeyCache
{
    private readonly ApiKeyStore store;
    private readonly TimeProvider timeProvider;
    private readonly SecurityOptions options;
    private readonly ILogger<ApiKeyCache> logger;
    private readonly Lock reloading = new();
    private Snapshot snapshot = new(FrozenDictionary<string, ApiKeyInfo>.Empty, long.MinValue);
    private long lastMissReload = long.MinValue;

    public ApiKeyCache(ApiKeyStore store, TimeProvider timeProvider, IOptions<SecurityOptions> options, ILogger<ApiKeyCache> logger)
    {
        this.store = store;
        this.timeProvider = timeProvider;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>Number of valid keys in the current copy (read again if stale).</summary>
    public int Count => Current().Keys.Count;

    /// <summary>The valid key a presented secret belongs to, or null.</summary>
    public ApiKeyInfo? Find(string secret)
    {
        if (secret.Length is 0 or > ApiKeySecret.MaxLength)
        {
            return null;
        }

        var hash = ApiKeySecret.Hash(secret);
        if (Current().Keys.TryGetValue(hash, out var info))
        {
            return info;
        }

        // A key created a moment ago by `vigil keys create` is not in the copy yet.
        var now = timeProvider.GetTimestamp();
        var last = Interlocked.Read(ref lastMissReload);
        if (last != long.MinValue && timeProvider.GetElapsedTime(last, now) < options.UnknownKeyReloadInterval)
        {
            return null;
        }

        if (Interlocked.CompareExchange(ref lastMissReload, now, last) != last)
        {
            return null;
        }

        return Reload(now).Keys.GetValueOrDefault(hash);
    }

    private Snapshot Current()
    {
        var current = Volatile.Read(ref snapshot);
        var now = timeProvider.GetTimestamp();
        if (current.LoadedAt != long.MinValue && timeProvider.GetElapsedTime(current.LoadedAt, now) < options.KeyRefreshInterval)
        {
            return current;
        }

        if (current.LoadedAt == long.MinValue)
        {
            // First use: every caller waits for the table.
            lock (reloading)
            {
                current = Volatile.Read(ref snapshot);
                return current.LoadedAt == long.MinValue ? Reload(now) : current;
            }
        }

        // Stale: one caller reads the table, the others go on with the copy they have.
        if (!reloading.TryEnter())
        {
            return current;
        }

        try
        {
            return Reload(now);
        }
        finally
        {
            reloading.Exit();
        }
    }

    private Snapshot Reload(long now)
    {
        var rows = store.ReadActive();
        var keys = new Dictionary<string, ApiKeyInfo>(rows.Count, StringComparer.Ordinal);
        foreach (var (hash, info) in rows)
        {
            keys[hash] = info;
        }

        var fresh = new Snapshot(keys.ToFrozenDictionary(StringComparer.Ordinal), now);
        var previous = Interlocked.Exchange(ref snapshot, fresh);
        if (previous.Keys.Count != fresh.Keys.Count)
        {
            ServerLog.KeysLoaded(logger, fresh.Keys.Count);
        }

        return fresh;
    }

    private sealed record Snapshot(FrozenDictionary<string, ApiKeyInfo> Keys, long LoadedAt);
}
