using Microsoft.Data.Sqlite;
using Vigil.Model;
using Vigil.Storage.Store;
using Vigil.Storage.Tests.Backends;
using Vigil.Storage.Tests.Data;

namespace Vigil.Storage.Tests.Store;

public sealed class ListStoreTests
{
    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task Open_NewStore_AppliesEveryMigrationOnce(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);

        Assert.Equal(ListStore.LatestSchemaVersion, await test.Store.GetSchemaVersionAsync());
        Assert.Equal(ListStore.LatestSchemaVersion, await test.CountAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(0, await test.CountAsync("SELECT COUNT(*) FROM list_versions"));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task Open_ExistingStore_KeepsDataAndDoesNotMigrateAgain(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await test.Importer().ImportAsync(TestEntities.Snapshot(TestEntities.People(3)));

        await using var again = await test.ReopenAsync();

        Assert.Equal(ListStore.LatestSchemaVersion, await again.GetSchemaVersionAsync());
        Assert.Equal(ListStore.LatestSchemaVersion, await test.CountAsync("SELECT COUNT(*) FROM schema_migrations"));
        var current = await again.GetCurrentVersionAsync(TestEntities.Source);
        Assert.NotNull(current);
        Assert.Equal(3, current.EntityCount);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task Open_StoreFromNewerBuild_FailsWithClearMessage(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var connection = await test.Store.OpenConnectionAsync(CancellationToken.None);
        await using (connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'from the future', CURRENT_TIMESTAMP)";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(test.ReopenAsync);

        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_DefaultOptions_CreatesOneSqliteFileInWalMode()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vigil-storage-tests", Guid.NewGuid().ToString("N"), "data");
        try
        {
            await using (var store = await ListStore.OpenAsync(new ListStoreOptions { DataDirectory = folder }))
            {
                Assert.Equal("sqlite", store.Provider);
                Assert.Equal(Path.GetFullPath(Path.Combine(folder, "vigil.db")), store.Location);
            }

            Assert.True(File.Exists(Path.Combine(folder, "vigil.db")));
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "vigil.db")};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void Options_Default_IsSqliteInDotVigil()
    {
        var options = new ListStoreOptions();

        Assert.Null(options.PostgresConnectionString);
        Assert.Equal(Path.Combine(".vigil", "vigil.db"), options.DatabasePath);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task LoadSnapshotAsync_ImportedVersion_RebuildsEveryEntityExactly(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var entities = TestEntities.People(20).Add(TestEntities.Rich(500));
        var snapshot = TestEntities.Snapshot(entities, new DateTimeOffset(2024, 6, 27, 0, 0, 0, TimeSpan.Zero));
        var version = (await test.Importer().ImportAsync(snapshot)).Version;

        var loaded = await test.Store.LoadSnapshotAsync(version.Id);

        Assert.Equal(snapshot.Source, loaded.Source);
        Assert.Equal(snapshot.ContentHash, loaded.ContentHash);
        Assert.Equal(snapshot.PublishedAt, loaded.PublishedAt);
        Assert.Equal(
            entities.Select(e => EntityJson.Encode(e).Body).Order(StringComparer.Ordinal),
            loaded.Entities.Select(e => EntityJson.Encode(e).Body).Order(StringComparer.Ordinal));
        var rich = await test.Store.GetEntityAsync(version.Id, TestEntities.EntityId(500));
        Assert.NotNull(rich);
        Assert.Equal("Николас Мадуро", rich.Names[2].Full);
        Assert.Equal(BirthDate.Between(new PartialDate(1960), new PartialDate(1963)), rich.BirthDates[1]);
        Assert.Null(await test.Store.GetEntityAsync(version.Id, "test:404"));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task Import_UnchangedEntities_StoresEachBodyOnce(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var first = TestEntities.People(100);
        await importer.ImportAsync(TestEntities.Snapshot(first));

        await importer.ImportAsync(TestEntities.Snapshot(first.SetItem(0, TestEntities.Person(1, "PERSON ONE"))));

        Assert.Equal(200, await test.CountAsync("SELECT COUNT(*) FROM version_entities"));
        Assert.Equal(101, await test.CountAsync("SELECT COUNT(*) FROM entity_bodies"));
    }
}
