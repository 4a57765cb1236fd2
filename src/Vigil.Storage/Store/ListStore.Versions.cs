using System.Collections.Immutable;
using System.Data.Common;
using Vigil.Model;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Store;

/// <summary>Version queries.</summary>
public sealed partial class ListStore
{
    private const string VersionColumns =
        "id, source, number, state, title, origin, content_hash, published_at, fetched_at, applied_at, entity_count, schema_counts, previous_id, added_count, removed_count, changed_count, note";

    /// <summary>Every source code that has at least one stored version, in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var sources = await Sql.QueryAsync(connection, null, "SELECT DISTINCT source FROM list_versions", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
            sources.Sort(StringComparer.Ordinal);
            return sources;
        }
    }

    /// <summary>The current version of a source: its applied version with the highest number, or null.</summary>
    public async Task<ListVersion?> GetCurrentVersionAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await GetCurrentVersionAsync(connection, null, source, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A version by its store-wide id, or null.</summary>
    public async Task<ListVersion?> GetVersionAsync(long versionId, CancellationToken cancellationToken = default)
    {
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await GetVersionAsync(connection, null, versionId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A version by source and number, or null.</summary>
    public async Task<ListVersion?> GetVersionAsync(string source, int number, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await Sql.QueryAsync(connection, null, $"SELECT {VersionColumns} FROM list_versions WHERE source = @source AND number = @number", ReadVersion, cancellationToken, ("@source", source), ("@number", number)).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }

    /// <summary>Every version of a source, applied, held and discarded, oldest first.</summary>
    public async Task<IReadOnlyList<ListVersion>> GetVersionsAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await GetVersionsAsync(connection, null, source, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static async Task<List<ListVersion>> GetVersionsAsync(DbConnection connection, DbTransaction? transaction, string source, CancellationToken cancellationToken) =>
        await Sql.QueryAsync(connection, transaction, $"SELECT {VersionColumns} FROM list_versions WHERE source = @source ORDER BY number", ReadVersion, cancellationToken, ("@source", source)).ConfigureAwait(false);

    internal static async Task<ListVersion?> GetVersionAsync(DbConnection connection, DbTransaction? transaction, long versionId, CancellationToken cancellationToken)
    {
        var rows = await Sql.QueryAsync(connection, transaction, $"SELECT {VersionColumns} FROM list_versions WHERE id = @id", ReadVersion, cancellationToken, ("@id", versionId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    internal static async Task<ListVersion?> GetCurrentVersionAsync(DbConnection connection, DbTransaction? transaction, string source, CancellationToken cancellationToken)
    {
        var rows = await Sql.QueryAsync(connection, transaction, $"SELECT {VersionColumns} FROM list_versions WHERE source = @source AND state = 'applied' ORDER BY number DESC LIMIT 1", ReadVersion, cancellationToken, ("@source", source)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    internal static async Task<ListVersion?> GetNewestVersionAsync(DbConnection connection, DbTransaction? transaction, string source, CancellationToken cancellationToken)
    {
        var rows = await Sql.QueryAsync(connection, transaction, $"SELECT {VersionColumns} FROM list_versions WHERE source = @source ORDER BY number DESC LIMIT 1", ReadVersion, cancellationToken, ("@source", source)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Inserts a version row and returns it with its new id.</summary>
    internal static async Task<ListVersion> InsertVersionAsync(DbConnection connection, DbTransaction transaction, ListVersion version, CancellationToken cancellationToken)
    {
        var id = await Sql.ScalarAsync(
            connection,
            transaction,
            """
            INSERT INTO list_versions (source, number, state, title, origin, content_hash, published_at, fetched_at, applied_at,
                                       entity_count, schema_counts, previous_id, added_count, removed_count, changed_count, note)
            VALUES (@source, @number, @state, @title, @origin, @hash, @published, @fetched, @applied,
                    @count, @counts, @previous, @added, @removed, @changed, @note)
            RETURNING id
            """,
            cancellationToken,
            ("@source", version.Source),
            ("@number", version.Number),
            ("@state", StateName(version.State)),
            ("@title", version.Title),
            ("@origin", version.Origin),
            ("@hash", version.ContentHash),
            ("@published", Sql.Utc(version.PublishedAt)),
            ("@fetched", Sql.Utc(version.FetchedAt)),
            ("@applied", Sql.Utc(version.AppliedAt)),
            ("@count", version.EntityCount),
            ("@counts", EntityJson.EncodeCounts(version.CountsBySchema)),
            ("@previous", version.PreviousVersionId),
            ("@added", version.Changes.Added),
            ("@removed", version.Changes.Removed),
            ("@changed", version.Changes.Changed),
            ("@note", version.Note)).ConfigureAwait(false);
        return version with { Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture) };
    }

    /// <summary>Moves a version to another state, setting when it was applied and why.</summary>
    internal static Task SetVersionStateAsync(DbConnection connection, DbTransaction transaction, long versionId, VersionState state, DateTimeOffset? appliedAt, string? note, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE list_versions SET state = @state, applied_at = @applied, note = @note WHERE id = @id",
            cancellationToken,
            ("@state", StateName(state)),
            ("@applied", Sql.Utc(appliedAt)),
            ("@note", note),
            ("@id", versionId));

    internal static string StateName(VersionState state) => state switch
    {
        VersionState.Applied => "applied",
        VersionState.Held => "held",
        VersionState.Discarded => "discarded",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown version state."),
    };

    private static VersionState ParseState(string name) => name switch
    {
        "applied" => VersionState.Applied,
        "held" => VersionState.Held,
        "discarded" => VersionState.Discarded,
        _ => throw new InvalidDataException($"Unknown version state '{name}' in the store."),
    };

    private static ListVersion ReadVersion(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Source = r.GetString(1),
        Number = r.GetInt32(2),
        State = ParseState(r.GetString(3)),
        Title = r.GetString(4),
        Origin = r.GetString(5),
        ContentHash = r.GetString(6),
        PublishedAt = r.NullableTimestamp(7),
        FetchedAt = r.Timestamp(8),
        AppliedAt = r.NullableTimestamp(9),
        EntityCount = r.GetInt32(10),
        CountsBySchema = EntityJson.DecodeCounts(r.GetString(11)).ToImmutableSortedDictionary(),
        PreviousVersionId = r.NullableInt64(12),
        Changes = new ChangeCounts(r.GetInt32(13), r.GetInt32(14), r.GetInt32(15)),
        Note = r.NullableString(16),
    };

    /// <summary>Counts entities by schema.</summary>
    internal static ImmutableSortedDictionary<Schema, int> CountBySchema(IReadOnlyList<EncodedEntity> entities)
    {
        var counts = new SortedDictionary<Schema, int>();
        foreach (var entity in entities)
        {
            counts[entity.Schema] = counts.GetValueOrDefault(entity.Schema) + 1;
        }

        return counts.ToImmutableSortedDictionary();
    }
}
