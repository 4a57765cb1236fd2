using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Storage.Store;

namespace Vigil.Storage.Diff;

/// <summary>
/// Compares two versions of one source. Per-entity hashes are compared first; only entities that were added,
/// removed or whose hash changed have their bodies read and decoded, so a diff of two 15,000-entity versions reads
/// two columns of hashes and the few thousand bodies that matter.
/// </summary>
public sealed class ListDiffer
{
    private readonly ListStore store;

    /// <summary>Creates a differ over a store.</summary>
    public ListDiffer(ListStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
    }

    /// <summary>Diffs two versions of a source by number.</summary>
    /// <exception cref="KeyNotFoundException">When either version does not exist.</exception>
    public async Task<ListDiff> DiffAsync(string source, int fromNumber, int toNumber, CancellationToken cancellationToken = default)
    {
        var from = await store.GetVersionAsync(source, fromNumber, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"{source} has no version {fromNumber}.");
        var to = await store.GetVersionAsync(source, toNumber, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"{source} has no version {toNumber}.");
        return await DiffAsync(from.Id, to.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Diffs two versions by id. Any two versions of one source can be compared, in either order, held ones included.</summary>
    /// <exception cref="KeyNotFoundException">When either version does not exist.</exception>
    /// <exception cref="ArgumentException">When the versions belong to different sources.</exception>
    public async Task<ListDiff> DiffAsync(long fromVersionId, long toVersionId, CancellationToken cancellationToken = default)
    {
        var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var from = await ListStore.GetVersionAsync(connection, null, fromVersionId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No list version with id {fromVersionId}.");
            var to = await ListStore.GetVersionAsync(connection, null, toVersionId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No list version with id {toVersionId}.");
            if (!string.Equals(from.Source, to.Source, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Cannot diff {from} against {to}: they are versions of different sources.", nameof(toVersionId));
            }

            var before = await ListStore.GetEntityHashesAsync(connection, null, from.Id, cancellationToken).ConfigureAwait(false);
            var after = from.Id == to.Id ? before : await ListStore.GetEntityHashesAsync(connection, null, to.Id, cancellationToken).ConfigureAwait(false);

            var added = new List<(string Id, string Hash)>();
            var changed = new List<(string Id, string Before, string After)>();
            var needed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, hash) in after)
            {
                if (!before.TryGetValue(id, out var old))
                {
                    added.Add((id, hash));
                    needed.Add(hash);
                }
                else if (!string.Equals(old, hash, StringComparison.Ordinal))
                {
                    changed.Add((id, old, hash));
                    needed.Add(old);
                    needed.Add(hash);
                }
            }

            var removed = new List<(string Id, string Hash)>();
            foreach (var (id, hash) in before)
            {
                if (!after.ContainsKey(id))
                {
                    removed.Add((id, hash));
                    needed.Add(hash);
                }
            }

            var entities = await store.GetEntitiesByHashAsync(connection, needed, cancellationToken).ConfigureAwait(false);
            added.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
            removed.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
            changed.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));

            var changes = ImmutableArray.CreateBuilder<EntityChange>(changed.Count);
            foreach (var (id, old, hash) in changed)
            {
                var beforeEntity = Body(entities, old, id);
                var afterEntity = Body(entities, hash, id);
                changes.Add(new EntityChange(id, beforeEntity, afterEntity, EntityComparer.Compare(beforeEntity, afterEntity)));
            }

            return new ListDiff(from, to, Bodies(entities, added), Bodies(entities, removed), changes.MoveToImmutable());
        }
    }

    private static ImmutableArray<SanctionsEntity> Bodies(Dictionary<string, SanctionsEntity> entities, List<(string Id, string Hash)> rows)
    {
        var result = ImmutableArray.CreateBuilder<SanctionsEntity>(rows.Count);
        foreach (var (id, hash) in rows)
        {
            result.Add(Body(entities, hash, id));
        }

        return result.MoveToImmutable();
    }

    private static SanctionsEntity Body(Dictionary<string, SanctionsEntity> entities, string hash, string id) =>
        entities.TryGetValue(hash, out var entity)
            ? entity
            : throw new InvalidDataException($"The store has no body {hash} for entity {id}; the store is damaged.");
}
