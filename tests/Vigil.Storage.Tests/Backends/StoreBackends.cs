namespace Vigil.Storage.Tests.Backends;

/// <summary>Theory data: SQLite always, PostgreSQL unless VIGIL_SKIP_POSTGRES=1.</summary>
internal static class StoreBackends
{
    public static TheoryData<StoreKind> All
    {
        get
        {
            var data = new TheoryData<StoreKind> { StoreKind.Sqlite };
            if (!PostgresSettings.Skipped)
            {
                data.Add(StoreKind.Postgres);
            }

            return data;
        }
    }
}
