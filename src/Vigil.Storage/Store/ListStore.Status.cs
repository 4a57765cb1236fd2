using System.Data.Common;
using Vigil.Storage.Refresh;

namespace Vigil.Storage.Store;

/// <summary>Refresh status and HTTP validators per source.</summary>
public sealed partial class ListStore
{
    private const string StatusColumns =
        "source, last_attempt_at, last_outcome, last_message, last_success_at, last_failure_at, last_failure_reason, consecutive_failures, held_version_id";

    /// <summary>
    /// The refresh status of a source, or null when the source was never refreshed nor imported.
    /// </summary>
    public async Task<SourceStatus?> GetStatusAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        foreach (var status in await GetStatusesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(status.Source, source, StringComparison.Ordinal))
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>The status of every source that has versions or a refresh record, in ordinal order of source.</summary>
    public async Task<IReadOnlyList<SourceStatus>> GetStatusesAsync(CancellationToken cancellationToken = default)
    {
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var statuses = await Sql.QueryAsync(connection, null, $"SELECT {StatusColumns} FROM source_status", ReadStatus, cancellationToken).ConfigureAwait(false);
            var current = await Sql.QueryAsync(
                connection,
                null,
                """
                SELECT v.source, v.id FROM list_versions v
                WHERE v.state = 'applied'
                  AND v.number = (SELECT MAX(x.number) FROM list_versions x WHERE x.source = v.source AND x.state = 'applied')
                """,
                r => (Source: r.GetString(0), Id: r.GetInt64(1)),
                cancellationToken).ConfigureAwait(false);
            var bySource = statuses.ToDictionary(s => s.Source, StringComparer.Ordinal);
            foreach (var (source, versionId) in current)
            {
                bySource[source] = bySource.TryGetValue(source, out var status)
                    ? status with { CurrentVersionId = versionId }
                    : new SourceStatus { Source = source, CurrentVersionId = versionId };
            }

            return [.. bySource.Values.OrderBy(s => s.Source, StringComparer.Ordinal)];
        }
    }

    /// <summary>Records the end of one refresh attempt.</summary>
    internal async Task RecordRefreshAsync(string source, RefreshOutcome outcome, string message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var failed = outcome == RefreshOutcome.Failed;
        var succeeded = outcome is RefreshOutcome.Applied or RefreshOutcome.Unchanged or RefreshOutcome.NotModified;
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await Sql.ExecuteAsync(
                connection,
                null,
                """
                INSERT INTO source_status (source, last_attempt_at, last_outcome, last_message, last_success_at, last_failure_at, last_failure_reason, consecutive_failures)
                VALUES (@source, @at, @outcome, @message, @success, @failure, @reason, @failures)
                ON CONFLICT (source) DO UPDATE SET
                    last_attempt_at = excluded.last_attempt_at,
                    last_outcome = excluded.last_outcome,
                    last_message = excluded.last_message,
                    last_success_at = COALESCE(excluded.last_success_at, source_status.last_success_at),
                    last_failure_at = COALESCE(excluded.last_failure_at, source_status.last_failure_at),
                    last_failure_reason = COALESCE(excluded.last_failure_reason, source_status.last_failure_reason),
                    consecutive_failures = CASE WHEN excluded.consecutive_failures = 0 THEN 0 ELSE source_status.consecutive_failures + 1 END
                """,
                cancellationToken,
                ("@source", source),
                ("@at", Sql.Utc(at)),
                ("@outcome", OutcomeName(outcome)),
                ("@message", message),
                ("@success", succeeded ? Sql.Utc(at) : null),
                ("@failure", failed ? Sql.Utc(at) : null),
                ("@reason", failed ? message : null),
                ("@failures", failed ? 1 : 0)).ConfigureAwait(false);
        }
    }

    /// <summary>Points the source's status at its held version, or clears it.</summary>
    internal static Task SetHeldVersionAsync(DbConnection connection, DbTransaction transaction, string source, long? heldVersionId, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO source_status (source, held_version_id) VALUES (@source, @held) ON CONFLICT (source) DO UPDATE SET held_version_id = excluded.held_version_id",
            cancellationToken,
            ("@source", source),
            ("@held", heldVersionId));

    /// <summary>The validators stored for a source's files.</summary>
    internal async Task<Dictionary<string, HttpValidators>> GetValidatorsAsync(string source, CancellationToken cancellationToken)
    {
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await Sql.QueryAsync(
                connection,
                null,
                "SELECT url, etag, last_modified FROM http_validators WHERE source = @source",
                r => new HttpValidators(r.GetString(0), r.NullableString(1), r.NullableString(2)),
                cancellationToken,
                ("@source", source)).ConfigureAwait(false);
            return rows.ToDictionary(v => v.Url, StringComparer.Ordinal);
        }
    }

    /// <summary>Replaces the validators stored for a source's files.</summary>
    internal async Task SaveValidatorsAsync(string source, IReadOnlyList<HttpValidators> validators, CancellationToken cancellationToken)
    {
        var connection = await Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await Backend.BeginWriteAsync(connection, "validators:" + source, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await Sql.ExecuteAsync(connection, transaction, "DELETE FROM http_validators WHERE source = @source", cancellationToken, ("@source", source)).ConfigureAwait(false);
                foreach (var validator in validators)
                {
                    if (validator.ETag is null && validator.LastModified is null)
                    {
                        continue;
                    }

                    await Sql.ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO http_validators (source, url, etag, last_modified) VALUES (@source, @url, @etag, @modified)",
                        cancellationToken,
                        ("@source", source),
                        ("@url", validator.Url),
                        ("@etag", validator.ETag),
                        ("@modified", validator.LastModified)).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string OutcomeName(RefreshOutcome outcome) => outcome switch
    {
        RefreshOutcome.Applied => "applied",
        RefreshOutcome.Unchanged => "unchanged",
        RefreshOutcome.NotModified => "not-modified",
        RefreshOutcome.Held => "held",
        RefreshOutcome.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown refresh outcome."),
    };

    private static RefreshOutcome? ParseOutcome(string? name) => name switch
    {
        null => null,
        "applied" => RefreshOutcome.Applied,
        "unchanged" => RefreshOutcome.Unchanged,
        "not-modified" => RefreshOutcome.NotModified,
        "held" => RefreshOutcome.Held,
        "failed" => RefreshOutcome.Failed,
        _ => null,
    };

    private static SourceStatus ReadStatus(DbDataReader r) => new()
    {
        Source = r.GetString(0),
        LastAttemptAt = r.NullableTimestamp(1),
        LastOutcome = ParseOutcome(r.NullableString(2)),
        LastMessage = r.NullableString(3),
        LastSuccessAt = r.NullableTimestamp(4),
        LastFailureAt = r.NullableTimestamp(5),
        LastFailureReason = r.NullableString(6),
        ConsecutiveFailures = r.GetInt32(7),
        HeldVersionId = r.NullableInt64(8),
    };
}
