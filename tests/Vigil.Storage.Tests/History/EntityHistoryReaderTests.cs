using Vigil.Storage.Diff;
using Vigil.Storage.History;
using Vigil.Storage.Tests.Backends;
using Vigil.Storage.Tests.Data;

namespace Vigil.Storage.Tests.History;

public sealed class EntityHistoryReaderTests
{
    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task GetAsync_EntityAddedChangedRemovedAndRelisted_ListsEachEventWithItsVersion(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var other = TestEntities.Person(2, "OTHER");
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot([other]))).Version;
        var v2 = (await importer.ImportAsync(TestEntities.Snapshot([other, TestEntities.Person(1, "ABU ALI")]))).Version;
        var v3 = (await importer.ImportAsync(TestEntities.Snapshot([other, TestEntities.Person(1, "ABU ALI", "SDGT", "IRAQ2")]))).Version;
        await importer.HoldAsync(TestEntities.Snapshot([TestEntities.Person(1, "HELD NAME")]), "suspicious");
        var v5 = (await importer.ImportAsync(TestEntities.Snapshot([other, TestEntities.Person(3, "THIRD")]))).Version;
        var v6 = (await importer.ImportAsync(TestEntities.Snapshot([other, TestEntities.Person(1, "ABU ALI")]))).Version;

        var history = await new EntityHistoryReader(test.Store).GetAsync("test:1");

        Assert.NotNull(history);
        Assert.Equal(TestEntities.Source, history.Source);
        Assert.Equal(v2, history.FirstSeen);
        Assert.Equal(
            [(EntityEventKind.Added, 2), (EntityEventKind.Changed, 3), (EntityEventKind.Removed, 5), (EntityEventKind.Added, 6)],
            history.Entries.Select(e => (e.Kind, e.Version.Number)));
        var change = Assert.Single(history.Entries[1].Changes);
        Assert.Equal(EntityField.Programs, change.Field);
        Assert.Equal(new[] { "IRAQ2" }, change.Added.AsEnumerable());
        Assert.Equal("ABU ALI", history.Entries[2].Entity.PrimaryName.Full);
        Assert.True(history.IsListed);
        Assert.Null(history.RemovedIn);
        Assert.NotEqual(v1.Id, history.FirstSeen.Id);
        Assert.Equal(v6.Id, history.Entries[^1].Version.Id);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task GetAsync_RemovedEntity_ReportsWhereItWasRemoved(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(3)));
        var v2 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(2)))).Version;
        var reader = new EntityHistoryReader(test.Store);

        var history = await reader.GetAsync("test:3");

        Assert.Equal(v2, history!.RemovedIn);
        Assert.False(history.IsListed);
        Assert.Null(await reader.GetAsync("test:404"));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task GetAsync_ExCleAcrossRealSdnSets_FirstSeenInJuly2021(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        await importer.ImportAsync(OfacSnapshots.Sdn2019);
        var v2021 = (await importer.ImportAsync(OfacSnapshots.Sdn2021)).Version;
        await importer.ImportAsync(OfacSnapshots.Sdn2024);

        var reader = new EntityHistoryReader(test.Store);
        var exCle = await reader.GetAsync("ofac-sdn:30421");
        var maduro = await reader.GetAsync("ofac-sdn:22790");

        Assert.NotNull(exCle);
        Assert.Equal(v2021, exCle.FirstSeen);
        Assert.Equal(EntityEventKind.Added, exCle.Entries[0].Kind);
        Assert.True(exCle.IsListed);
        Assert.Contains("EX-CLE SOLUCIONES BIOMETRICAS", exCle.Entries[0].Entity.PrimaryName.Full, StringComparison.Ordinal);
        Assert.NotNull(maduro);
        Assert.Equal(1, maduro.FirstSeen.Number);
        Assert.True(maduro.IsListed);
    }
}
