namespace Vigil.Storage.Tests.Backends;

/// <summary>
/// Where the PostgreSQL tests connect. They fail (never pass or skip silently) when VIGIL_TEST_POSTGRES is unset,
/// unless VIGIL_SKIP_POSTGRES=1 leaves them out of a quick local run.
/// </summary>
internal static class PostgresSettings
{
    public const string ConnectionVariable = "VIGIL_TEST_POSTGRES";

    public const string SkipVariable = "VIGIL_SKIP_POSTGRES";

    /// <summary>True when VIGIL_SKIP_POSTGRES=1: the PostgreSQL cases are not generated.</summary>
    public static bool Skipped => string.Equals(Environment.GetEnvironmentVariable(SkipVariable), "1", StringComparison.Ordinal);

    /// <summary>The admin connection string for the test database.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL store tests need {ConnectionVariable}, e.g. 'Host=127.0.0.1;Username=postgres;Password=postgres;Database=vigil_test'. " +
                $"Run: eval \"$(scripts/test-services.sh)\" (installs and starts PostgreSQL), or set {SkipVariable}=1 to leave these tests out of a quick local run.");
}
