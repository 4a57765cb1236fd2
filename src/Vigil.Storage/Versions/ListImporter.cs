using System.Collections.Immutable;
using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Model;
using Vigil.Storage.Events;
using Vigil.Storage.Store;

namespace Vigil.Storage.Versions;

/// <summary>
/// Turns parsed snapshots into stored versions. Each import is one transaction: a failure or cancellation part-way
/// leaves nothing behind and the previous version current. Content equal to the current version is not stored again.
/// </summary>
public sealed class ListImporter
{
    private readonly ListStore store;
    private readonly TimeProvider timeProvider;
    private readonly ImmutableArray<IListChangeSink> sinks;
    private readonly ILogger logger;

    /// <summary>Creates an importer.</summary>
    /// <param name="store">The store to write to.</param>
    /// <param name="timeProvider">Clock for fetched-at and applied-at times; default the system clock.</param>
    /// <param name="sinks">Receivers of the change set of every applied version.</param>
    /// <param name="logger">Logger; default none.</param>
    public ListImporter(ListStore store, TimeProvider? timeProvider = null, IEnumerable<IListChangeSink>? sinks = null, ILogger<ListImporter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.sinks = sinks is null ? [] : [.. sinks];
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The store this importer writes to.</summary>
    public ListStore Store => store;

    /// <summary>
    /// Test hook: called inside the import transaction after each batch of entity rows with the number written so
    /// far. Throwing from it (or cancelling) must roll the whole import back.
    /// </summary>
    internal Func<int, CancellationToken, ValueTask>? EntityRowsWritten { get; set; }

    /// <summary>
    /// Stores a snapshot as the source's new current version, or returns the current version unchanged when its
    /// content hash equals the snapshot's. Publishes the change set to the sinks after commit.
    /// </summary>
    /// <exception cref="ArgumentException">When the snapshot is empty, holds an entity of another source or repeats an id.</exception>
    public Task<ImportResult> ImportAsync(ListSnapshot snapshot, CancellationToken cancellationToken = default) =>
        StoreAsync(snapshot, holdReason: null, cancellationToken);

    /// <summary>
    /// Stores a snapshot as a version held for review: it is kept (and can be diffed) but does not become current
    /// until <see cref="ApproveAsync"/>. Returns the current version unchanged when the content equals it.
    /// </summary>
    public Task<ImportResult> HoldAsync(ListSnapshot snapshot, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return StoreAsync(snapshot, reason, cancellationToken);
    }

    /// <summary>Applies a held version, making it current. It must be its source's newest version.</summary>
    /// <exception cref="InvalidOperationException">When the version is not held or a newer version exists.</exception>
    /// <exception cref="KeyNotFoundException">When no version has that id.</exception>
    public async Task<ImportResult> ApproveAsync(long versionId, CancellationToken cancellationToken = default)
    {
        var version = await store.GetVersionAsync(versionId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No list version with id {versionId}.");
        ImportResult result;
        var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await store.Backend.BeginWriteAsync(connection, LockKey(version.Source), cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                version = await ListStore.GetVersionAsync(connection, transaction, versionId, cancellationToken).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException($"No list version with id {versionId}.");
                result = await ApplyHeldAsync(connection, transaction, version, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        ImportLog.Applied(logger, result.Version.Source, result.Version.Number, result.Version.EntityCount, result.Version.Changes);
        await PublishAsync(result.Change!, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Rejects a held version: it stays stored, marked discarded, and never becomes current.</summary>
    /// <exception cref="InvalidOperationException">When the version is not held.</exception>
    /// <exception cref="KeyNotFoundException">When no version has that id.</exception>
    public async Task<ListVersion> DiscardAsync(long versionId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var version = await store.GetVersionAsync(versionId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No list version with id {versionId}.");
        var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await store.Backend.BeginWriteAsync(connection, LockKey(version.Source), cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                version = await ListStore.GetVersionAsync(connection, transaction, versionId, cancellationToken).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException($"No list version with id {versionId}.");
                if (version.State != VersionState.Held)
                {
                    throw new InvalidOperationException($"{version} is not held for review.");
                }

                await ListStore.SetVersionStateAsync(connection, transaction, version.Id, VersionState.Discarded, null, reason, cancellationToken).ConfigureAwait(false);
                await ListStore.SetHeldVersionAsync(connection, transaction, version.Source, null, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        ImportLog.Discarded(logger, version.Source, version.Number, reason);
        return version with { State = VersionState.Discarded, Note = reason };
    }

    private static string LockKey(string source) => "list:" + source;

    private static ImmutableArray<EncodedEntity> Encode(ListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot.Source, nameof(snapshot));
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot.ContentHash, nameof(snapshot));
        if (snapshot.Entities.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"The {snapshot.Source} snapshot from {snapshot.Origin} holds no entities; an empty list is never imported.", nameof(snapshot));
        }

        foreach (var entity in snapshot.Entities)
        {
            if (!string.Equals(entity.Source, snapshot.Source, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Entity {entity.Id} belongs to source '{entity.Source}', not '{snapshot.Source}'.", nameof(snapshot));
            }
        }

        // Serialising and hashing is CPU-bound and independent per entity: spread a full list over the cores.
        var encoded = new EncodedEntity[snapshot.Entities.Length];
        var entities = snapshot.Entities;
        Parallel.For(0, encoded.Length, i => encoded[i] = EntityJson.Encode(entities[i]));

        Array.Sort(encoded, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < encoded.Length; i++)
        {
            if (string.Equals(encoded[i].Id, encoded[i - 1].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Entity id {encoded[i].Id} occurs twice in the {snapshot.Source} snapshot.", nameof(snapshot));
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(encoded);
    }

    /// <summary>Compares entity hashes of the previous current version with the new rows.</summary>
    private static (ImmutableArray<string> Added, ImmutableArray<string> Removed, ImmutableArray<string> Changed) Compare(
        Dictionary<string, string> previous,
        IReadOnlyList<(string Id, string Hash)> next)
    {
        var added = ImmutableArray.CreateBuilder<string>();
        var changed = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, hash) in next)
        {
            seen.Add(id);
            if (!previous.TryGetValue(id, out var before))
            {
                added.Add(id);
            }
            else if (!string.Equals(before, hash, StringComparison.Ordinal))
            {
                changed.Add(id);
            }
        }

        var removed = ImmutableArray.CreateBuilder<string>();
        foreach (var id in previous.Keys)
        {
            if (!seen.Contains(id))
            {
                removed.Add(id);
            }
        }

        added.Sort(StringComparer.Ordinal);
        removed.Sort(StringComparer.Ordinal);
        changed.Sort(StringComparer.Ordinal);
        return (added.ToImmutable(), removed.ToImmutable(), changed.ToImmutable());
    }

    private async Task<ImportResult> StoreAsync(ListSnapshot snapshot, string? holdReason, CancellationToken cancellationToken)
    {
        var encoded = Encode(snapshot);
        var source = snapshot.Source;
        ImportResult result;
        var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await store.Backend.BeginWriteAsync(connection, LockKey(source), cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var current = await ListStore.GetCurrentVersionAsync(connection, transaction, source, cancellationToken).ConfigureAwait(false);
                if (current is not null && string.Equals(current.ContentHash, snapshot.ContentHash, StringComparison.Ordinal))
                {
                    ImportLog.Unchanged(logger, source, snapshot.ContentHash, current.Number);
                    return new ImportResult(ImportOutcome.Unchanged, current, null);
                }

                var newest = await ListStore.GetNewestVersionAsync(connection, transaction, source, cancellationToken).ConfigureAwait(false);
                if (newest is { State: VersionState.Held } && string.Equals(newest.ContentHash, snapshot.ContentHash, StringComparison.Ordinal))
                {
                    if (holdReason is not null)
                    {
                        // The same suspicious download again: it is already waiting for review.
                        return new ImportResult(ImportOutcome.Held, newest, null);
                    }

                    // A plain import of content that is waiting for review is its approval.
                    result = await ApplyHeldAsync(connection, transaction, newest, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    result = await InsertAsync(connection, transaction, snapshot, encoded, current, newest, holdReason, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        if (result.Outcome == ImportOutcome.Held)
        {
            ImportLog.Held(logger, source, result.Version.Number, holdReason!);
        }
        else
        {
            ImportLog.Applied(logger, source, result.Version.Number, result.Version.EntityCount, result.Version.Changes);
            await PublishAsync(result.Change!, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<ImportResult> InsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        ListSnapshot snapshot,
        ImmutableArray<EncodedEntity> encoded,
        ListVersion? current,
        ListVersion? newest,
        string? holdReason,
        CancellationToken cancellationToken)
    {
        var previous = current is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await ListStore.GetEntityHashesAsync(connection, transaction, current.Id, cancellationToken).ConfigureAwait(false);
        var rows = new (string Id, string Hash)[encoded.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (encoded[i].Id, encoded[i].Hash);
        }

        var (added, removed, changed) = Compare(previous, rows);
        var now = Sql.Stored(timeProvider.GetUtcNow());
        var hold = holdReason is not null;
        var version = await ListStore.InsertVersionAsync(
            connection,
            transaction,
            new ListVersion
            {
                Id = 0,
                Source = snapshot.Source,
                Number = (newest?.Number ?? 0) + 1,
                State = hold ? VersionState.Held : VersionState.Applied,
                Title = snapshot.Title,
                Origin = snapshot.Origin,
                ContentHash = snapshot.ContentHash,
                PublishedAt = snapshot.PublishedAt is { } published ? Sql.Stored(published) : null,
                FetchedAt = now,
                AppliedAt = hold ? null : now,
                EntityCount = encoded.Length,
                CountsBySchema = ListStore.CountBySchema(encoded),
                PreviousVersionId = current?.Id,
                Changes = new ChangeCounts(added.Length, removed.Length, changed.Length),
                Note = holdReason,
            },
            cancellationToken).ConfigureAwait(false);
        await store.Backend.WriteEntitiesAsync(transaction, version.Id, encoded, EntityRowsWritten, cancellationToken).ConfigureAwait(false);
        await DiscardPendingAsync(connection, transaction, snapshot.Source, version, cancellationToken).ConfigureAwait(false);
        if (hold)
        {
            await ListStore.SetHeldVersionAsync(connection, transaction, snapshot.Source, version.Id, cancellationToken).ConfigureAwait(false);
            return new ImportResult(ImportOutcome.Held, version, new ListChange(snapshot.Source, current, version, added, removed, changed));
        }

        return new ImportResult(ImportOutcome.Applied, version, new ListChange(snapshot.Source, current, version, added, removed, changed));
    }

    private async Task<ImportResult> ApplyHeldAsync(DbConnection connection, DbTransaction transaction, ListVersion held, CancellationToken cancellationToken)
    {
        if (held.State != VersionState.Held)
        {
            throw new InvalidOperationException($"{held} is not held for review.");
        }

        var newest = await ListStore.GetNewestVersionAsync(connection, transaction, held.Source, cancellationToken).ConfigureAwait(false);
        if (newest is not null && newest.Id != held.Id)
        {
            throw new InvalidOperationException($"{held} was overtaken by {newest}; only a source's newest version can be approved.");
        }

        var current = await ListStore.GetCurrentVersionAsync(connection, transaction, held.Source, cancellationToken).ConfigureAwait(false);
        var previous = current is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await ListStore.GetEntityHashesAsync(connection, transaction, current.Id, cancellationToken).ConfigureAwait(false);
        var next = await ListStore.GetEntityHashesAsync(connection, transaction, held.Id, cancellationToken).ConfigureAwait(false);
        var rows = new List<(string Id, string Hash)>(next.Count);
        foreach (var (id, hash) in next)
        {
            rows.Add((id, hash));
        }

        var (added, removed, changed) = Compare(previous, rows);
        var now = Sql.Stored(timeProvider.GetUtcNow());
        var note = "approved after review: " + held.Note;
        await ListStore.SetVersionStateAsync(connection, transaction, held.Id, VersionState.Applied, now, note, cancellationToken).ConfigureAwait(false);
        await ListStore.SetHeldVersionAsync(connection, transaction, held.Source, null, cancellationToken).ConfigureAwait(false);
        var applied = held with { State = VersionState.Applied, AppliedAt = now, Note = note };
        return new ImportResult(ImportOutcome.Applied, applied, new ListChange(held.Source, current, applied, added, removed, changed));
    }

    /// <summary>A newly stored version, applied or held, overtakes every older version still waiting for review.</summary>
    private static async Task DiscardPendingAsync(DbConnection connection, DbTransaction transaction, string source, ListVersion newer, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE list_versions SET state = 'discarded', note = COALESCE(note || '; ', '') || @note WHERE source = @source AND state = 'held' AND id <> @newer",
            cancellationToken,
            ("@note", $"overtaken by version {newer.Number}"),
            ("@source", source),
            ("@newer", newer.Id)).ConfigureAwait(false);
        await ListStore.SetHeldVersionAsync(connection, transaction, source, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task PublishAsync(ListChange change, CancellationToken cancellationToken)
    {
        foreach (var sink in sinks)
        {
            try
            {
                await sink.PublishAsync(change, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The version is committed; one failing subscriber must not fail the import or starve the others.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                ImportLog.SinkFailed(logger, ex, sink.GetType().Name, change.Source, change.To.Number);
            }
        }
    }
}
