namespace Vigil.Storage.Tests.Backends;

/// <summary>The store backends every store test runs against.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
