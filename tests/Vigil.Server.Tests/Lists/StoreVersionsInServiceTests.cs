using Vigil.Server.Tests.Infrastructure;
using Vigil.Sources.UnSc;
using Vigil.Storage.Store;
using Vigil.Storage.Versions;

namespace Vigil.Server.Tests.Lists;

/// <summary>The list store's current versions are what the server screens against: at start, and when another process applies one.</summary>
public sealed class StoreVersionsInServiceTests
{
    [Fact]
    public async Task Start_StoreHoldsANewerVersion_ItIsServedInsteadOfTheFiles()
    {
        using var server = new ConfiguredServerFactory();
        await ImportRenamedAsync(server.StoreDirectory);

        using var client = server.Client(server.ScreenKey);

        Assert.StartsWith("un-sc:", await ApiCalls.BestMatchAsync(client, UnListFiles.NewName), StringComparison.Ordinal);
        var un = await ApiCalls.ListAsync(client, "un-sc");
        Assert.Equal(1, un.GetProperty("store").GetProperty("currentVersion").GetInt32());
        Assert.Equal("ofac-sdn:30421", await ApiCalls.BestMatchAsync(client, "Ex-Cle Soluciones Biometricas"));
    }

    [Fact]
    public async Task Poll_VersionAppliedByAnotherProcess_IsPutInServiceWithoutRestart()
    {
        using var server = new ConfiguredServerFactory(("Vigil:Store:StatusPollInterval", "00:00:01"));
        using var client = server.Client(server.ScreenKey);
        Assert.Null(await ApiCalls.BestMatchAsync(client, UnListFiles.NewName));

        // As `vigil import` would, from its own process: the server is not told.
        await ImportRenamedAsync(server.StoreDirectory);

        await Eventually.Until(async () => await ApiCalls.BestMatchAsync(client, UnListFiles.NewName) is not null, "the status poll to put the imported version in service");
        Assert.Equal(1, (await ApiCalls.ListAsync(client, "un-sc")).GetProperty("store").GetProperty("currentVersion").GetInt32());
    }

    private static async Task ImportRenamedAsync(string storeDirectory)
    {
        using var files = new TempDirectory();
        await File.WriteAllBytesAsync(Path.Combine(files.Path, "consolidated.xml"), UnListFiles.Renamed());
        var snapshot = new UnScListSource().Load(files.Path);
        await using var store = await ListStore.OpenAsync(new ListStoreOptions { DataDirectory = storeDirectory });
        Assert.Equal(ImportOutcome.Applied, (await new ListImporter(store).ImportAsync(snapshot)).Outcome);
    }
}
