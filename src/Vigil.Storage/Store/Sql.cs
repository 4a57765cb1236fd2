using System.Data.Common;

namespace Vigil.Storage.Store;

/// <summary>Small ADO.NET helpers shared by both backends; both accept <c>@name</c> parameters.</summary>
internal static class Sql
{
    /// <summary>Creates a command with parameters; null values become <see cref="DBNull"/>.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a statement.</summary>
    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a query returning one value, or null when it returns no row or NULL.</summary>
    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string text, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var rows = new List<T>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(map(reader));
                }

                return rows;
            }
        }
    }

    /// <summary>A nullable string column.</summary>
    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A nullable 64-bit integer column.</summary>
    public static long? NullableInt64(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>A timestamp column, UTC.</summary>
    public static DateTimeOffset Timestamp(this DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    /// <summary>A nullable timestamp column, UTC.</summary>
    public static DateTimeOffset? NullableTimestamp(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Timestamp(ordinal);

    /// <summary>A timestamp as both backends store it: UTC, so that text timestamps in SQLite sort in time order.</summary>
    public static object? Utc(DateTimeOffset? value) => value?.ToUniversalTime();

    /// <summary>
    /// A time as the store keeps it: UTC, to the microsecond (PostgreSQL's precision), so a version handed back
    /// by the importer equals the same version read from either backend.
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
