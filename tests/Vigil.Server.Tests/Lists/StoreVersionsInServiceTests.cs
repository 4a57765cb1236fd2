using System.Collections.Concurrent;
using Vigil.Screening.Lists;
using Vigil.Server.Lists;
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
    public async Task Start_StoreHoldsANewerVersion_OneScreenerIsBuilt_OverTheStoreVersion()
    {
        using var server = new CountingServerFactory();
        await ImportRenamedAsync(server.StoreDirectory);

        using var client = server.Client(server.ScreenKey);

        Assert.StartsWith("un-sc:", await ApiCalls.BestMatchAsync(client, UnListFiles.NewName), StringComparison.Ordinal);

        // A screener over the files' UN list would be built only to be thrown away (a second or more at start).
        var built = Assert.Single(server.Builds);
        var files = SharedLists.Loaded.Lists;
        Assert.Equal(files.Select(l => l.Source), built.Lists.Select(l => l.Source));
        Assert.NotEqual(files.Single(l => l.Source == "un-sc").ContentHash, built.Lists.Single(l => l.Source == "un-sc").ContentHash);
        Assert.Same(files.Single(l => l.Source == "ofac-sdn"), built.Lists.Single(l => l.Source == "ofac-sdn"));
    }

    [Fact]
    public async Task Start_ScreenerOverTheStoreVersionFails_TheFilesAreServed()
    {
        using var server = new CountingServerFactory(failOverStoreVersions: true);
        await ImportRenamedAsync(server.StoreDirectory);

        using var client = server.Client(server.ScreenKey);

        Assert.Null(await ApiCalls.BestMatchAsync(client, UnListFiles.NewName));
        Assert.Equal("ofac-sdn:30421", await ApiCalls.BestMatchAsync(client, "Ex-Cle Soluciones Biometricas"));
        Assert.Equal(2, server.Builds.Length);
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

    /// <summary>A server on the shared lists whose loader records every screener it is asked to build.</summary>
    private sealed class CountingServerFactory(bool failOverStoreVersions = false) : VigilServerFactory
    {
        private readonly CountingLoader loader = new(failOverStoreVersions);

        public ListFiles[] Builds => [.. loader.Builds];

        private protected override IListsLoader Loader => loader;

        private sealed class CountingLoader(bool failOverStoreVersions) : IListsLoader
        {
            public ConcurrentQueue<ListFiles> Builds { get; } = new();

            public string Description => SharedLists.Loader.Description;

            public ListFiles Read(CancellationToken cancellationToken) => SharedLists.Loader.Read(cancellationToken);

            public LoadedLists Build(ListFiles lists)
            {
                Builds.Enqueue(lists);
                if (failOverStoreVersions && lists.Lists != SharedLists.Loaded.Lists)
                {
                    throw new InvalidOperationException("No screener over the store's versions, as the test asks.");
                }

                return SharedLists.Loader.Build(lists);
            }
        }
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
