namespace Vigil.Cli.Tests.Store;

/// <summary>
/// A store holding the three SDN publications as versions 1 (2019), 2 (2021) and 3 (2024), imported once per test
/// class with <c>vigil import</c>; the tests only read it.
/// </summary>
public sealed class SdnStoreFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public SdnStoreFixture()
    {
        foreach (var set in new[] { ListFiles.Sdn2019, ListFiles.Sdn2021, ListFiles.Sdn2024 })
        {
            var result = Cli.Run("import", "--store", Store, "--source", "ofac-sdn", "--path", set, "--json");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("vigil import failed: " + result.Error);
            }
        }
    }

    /// <summary>The store folder, for <c>--store</c>.</summary>
    public string Store => folder.PathOf("store");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
