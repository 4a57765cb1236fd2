using System.Collections.Immutable;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Vigil.Model;

namespace Vigil.Storage.Store;

/// <summary>Entity queries.</summary>
public sealed partial class ListStore
{
    /// <summary>Bodies decoded on one thread below this count; above it, spread over the cores.</summary>
    private const int ParallelDecodeThreshold = 512;

    /// <summary>One entity as it stood in a version, or null when the version does not hold it.</summary>
    public async Task<SanctionsEntity?> GetEntityAsync(long versionId, string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var body = await Sql.ScalarAsync(
                connection,
                null,
                "SELECT b.body FROM version_entities ve JOIN entity_bodies b ON b.hash = ve.hash WHERE ve.version_id = @version AND ve.entity_id = @id",
                cancellationToken,
                ("@version", versionId),
                ("@id", entityId)).ConfigureAwait(false);
            return body is string json ? EntityJson.Decode(json) : null;
        }
    }

    /// <summary>Streams every entity of a version, in ordinal order of id.</summary>
    public async IAsyncEnumerable<SanctionsEntity> ReadEntitiesAsync(long versionId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = Sql.Command(
                connection,
                null,
                $"SELECT b.body FROM version_entities ve JOIN entity_bodies b ON b.hash = ve.hash WHERE ve.version_id = @version ORDER BY ve.entity_id COLLATE {Backend.OrdinalCollation}",
                ("@version", versionId));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return EntityJson.Decode(reader.GetString(0));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Rebuilds the snapshot a version was imported from (entities in ordinal order of id), so hosts can load
    /// the current lists from the store instead of from files.
    /// </summary>
    /// <exception cref="KeyNotFoundException">When no version has that id.</exception>
    public async Task<ListSnapshot> LoadSnapshotAsync(long versionId, CancellationToken cancellationToken = default)
    {
        var version = await GetVersionAsync(versionId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No list version with id {versionId}.");
        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(version.EntityCount);
        await foreach (var entity in ReadEntitiesAsync(versionId, cancellationToken).ConfigureAwait(false))
        {
            entities.Add(entity);
        }

        return new ListSnapshot(version.Source, version.Title, version.PublishedAt, version.Origin, version.ContentHash, entities.DrainToImmutable());
    }

    /// <summary>Entity id to body hash for every entity of a version.</summary>
    internal static async Task<Dictionary<string, string>> GetEntityHashesAsync(DbConnection connection, DbTransaction? transaction, long versionId, CancellationToken cancellationToken)
    {
        var command = Sql.Command(connection, transaction, "SELECT entity_id, hash FROM version_entities WHERE version_id = @version", ("@version", versionId));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    hashes.Add(reader.GetString(0), reader.GetString(1));
                }

                return hashes;
            }
        }
    }

    /// <summary>Decoded entities for a set of body hashes.</summary>
    internal async Task<Dictionary<string, SanctionsEntity>> GetEntitiesByHashAsync(DbConnection connection, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        var bodies = (await Backend.ReadBodiesAsync(connection, hashes, cancellationToken).ConfigureAwait(false)).ToArray();
        var decoded = new SanctionsEntity[bodies.Length];
        if (bodies.Length < ParallelDecodeThreshold)
        {
            for (var i = 0; i < bodies.Length; i++)
            {
                decoded[i] = EntityJson.Decode(bodies[i].Value);
            }
        }
        else
        {
            // A diff across years decodes thousands of bodies; JSON decoding is CPU-bound and independent per body.
            Parallel.For(0, bodies.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => decoded[i] = EntityJson.Decode(bodies[i].Value));
        }

        var entities = new Dictionary<string, SanctionsEntity>(bodies.Length, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Length; i++)
        {
            entities.Add(bodies[i].Key, decoded[i]);
        }

        return entities;
    }
}
