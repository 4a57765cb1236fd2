using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Storage.Diff;
using Vigil.Storage.Store;
using Vigil.Storage.Versions;

namespace Vigil.Storage.History;

/// <summary>Reads an entity's history: when it appeared, each change with its fields, and its removal.</summary>
public sealed class EntityHistoryReader
{
    private readonly ListStore store;

    /// <summary>Creates a reader over a store.</summary>
    public EntityHistoryReader(ListStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
    }

    /// <summary>The entity's history across applied versions, or null when no applied version ever held it.</summary>
    public async Task<EntityHistory?> GetAsync(string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await Sql.QueryAsync(
                connection,
                null,
                """
                SELECT v.source, ve.version_id, ve.hash
                FROM version_entities ve JOIN list_versions v ON v.id = ve.version_id
                WHERE ve.entity_id = @id AND v.state = 'applied'
                """,
                r => (Source: r.GetString(0), VersionId: r.GetInt64(1), Hash: r.GetString(2)),
                cancellationToken,
                ("@id", entityId)).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return null;
            }

            var source = rows[0].Source;
            var hashByVersion = new Dictionary<long, string>();
            var hashes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                hashByVersion[row.VersionId] = row.Hash;
                hashes.Add(row.Hash);
            }

            var entities = await store.GetEntitiesByHashAsync(connection, hashes, cancellationToken).ConfigureAwait(false);
            var versions = await ListStore.GetVersionsAsync(connection, null, source, cancellationToken).ConfigureAwait(false);
            var entries = ImmutableArray.CreateBuilder<EntityHistoryEntry>();
            string? previousHash = null;
            SanctionsEntity? previous = null;
            foreach (var version in versions)
            {
                if (version.State != VersionState.Applied)
                {
                    continue;
                }

                hashByVersion.TryGetValue(version.Id, out var hash);
                if (hash is not null)
                {
                    var entity = entities[hash];
                    if (previous is null)
                    {
                        entries.Add(new EntityHistoryEntry(EntityEventKind.Added, version, entity, []));
                    }
                    else if (!string.Equals(previousHash, hash, StringComparison.Ordinal))
                    {
                        entries.Add(new EntityHistoryEntry(EntityEventKind.Changed, version, entity, EntityComparer.Compare(previous, entity)));
                    }

                    previous = entity;
                    previousHash = hash;
                }
                else if (previous is not null)
                {
                    entries.Add(new EntityHistoryEntry(EntityEventKind.Removed, version, previous, []));
                    previous = null;
                    previousHash = null;
                }
            }

            return new EntityHistory(entityId, source, entries.ToImmutable());
        }
    }
}
