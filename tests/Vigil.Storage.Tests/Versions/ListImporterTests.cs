using Vigil.Model;
using Vigil.Storage.Tests.Backends;
using Vigil.Storage.Tests.Data;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Tests.Versions;

public sealed class ListImporterTests
{
    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task ImportAsync_FirstSnapshot_CreatesVersionOneWithCountsAndTimes(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var published = new DateTimeOffset(2024, 6, 26, 0, 0, 0, TimeSpan.Zero);
        var snapshot = TestEntities.Snapshot([.. TestEntities.People(5), TestEntities.Organization(100, "BANCO X")], published);

        var result = await test.Importer().ImportAsync(snapshot);

        Assert.Equal(ImportOutcome.Applied, result.Outcome);
        var version = result.Version;
        Assert.Equal(1, version.Number);
        Assert.Equal(VersionState.Applied, version.State);
        Assert.Equal(snapshot.ContentHash, version.ContentHash);
        Assert.Equal(published, version.PublishedAt);
        Assert.Equal(TestStore.Start, version.FetchedAt);
        Assert.Equal(TestStore.Start, version.AppliedAt);
        Assert.Equal(6, version.EntityCount);
        Assert.Equal(5, version.CountsBySchema[Schema.Person]);
        Assert.Equal(1, version.CountsBySchema[Schema.Organization]);
        Assert.Equal(new ChangeCounts(6, 0, 0), version.Changes);
        Assert.Equal(version, await test.Store.GetCurrentVersionAsync(TestEntities.Source));
        Assert.Equal(version, await test.Store.GetVersionAsync(TestEntities.Source, 1));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task ImportAsync_SameContentAgain_ReturnsExistingVersionAndStoresNothing(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var sink = new RecordingSink();
        var importer = new ListImporter(test.Store, test.Clock, [sink]);
        var snapshot = TestEntities.Snapshot(TestEntities.People(10));
        var first = await importer.ImportAsync(snapshot);
        test.Clock.Advance(TimeSpan.FromHours(1));

        var again = await importer.ImportAsync(snapshot);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.Version, again.Version);
        Assert.Null(again.Change);
        Assert.Single(await test.Store.GetVersionsAsync(TestEntities.Source));
        Assert.Equal(10, await test.CountAsync("SELECT COUNT(*) FROM version_entities"));
        Assert.Single(sink.Changes);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task ImportAsync_ChangedList_CreatesNextVersionAndPublishesChangedIds(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var sink = new RecordingSink();
        var importer = new ListImporter(test.Store, test.Clock, [sink]);
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(5)))).Version;
        test.Clock.Advance(TimeSpan.FromDays(1));
        var people = TestEntities.People(5).RemoveAt(1).SetItem(2, TestEntities.Person(4, "PERSON FOUR", "IRAN")).Add(TestEntities.Person(6, "PERSON 6"));

        var result = await importer.ImportAsync(TestEntities.Snapshot(people));

        var v2 = result.Version;
        Assert.Equal(ImportOutcome.Applied, result.Outcome);
        Assert.Equal(2, v2.Number);
        Assert.Equal(v1.Id, v2.PreviousVersionId);
        Assert.Equal(new ChangeCounts(1, 1, 1), v2.Changes);
        Assert.Equal(TestStore.Start.AddDays(1), v2.FetchedAt);
        Assert.Equal(v2, await test.Store.GetCurrentVersionAsync(TestEntities.Source));
        Assert.Equal(2, sink.Changes.Count);
        var change = sink.Changes.Last();
        Assert.Equal(TestEntities.Source, change.Source);
        Assert.Equal(v1.Id, change.From!.Id);
        Assert.Equal(v2.Id, change.To.Id);
        Assert.Equal(new[] { "test:6" }, change.Added.AsEnumerable());
        Assert.Equal(new[] { "test:2" }, change.Removed.AsEnumerable());
        Assert.Equal(new[] { "test:4" }, change.Changed.AsEnumerable());
        var first = sink.Changes.First();
        Assert.Null(first.From);
        Assert.Equal(5, first.Added.Length);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task ImportAsync_CancelledMidway_LeavesPreviousVersionCurrentAndRetrySucceeds(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(300)))).Version;
        var next = TestEntities.Snapshot(TestEntities.People(2000, first: 200));
        using var cancel = new CancellationTokenSource();
        var written = 0;
        ListVersion? seenMidway = null;
        importer.EntityRowsWritten = async (count, _) =>
        {
            written = count;
            if (count >= 1000 && seenMidway is null)
            {
                // Readers carry on against the previous version while the import's transaction is open.
                seenMidway = await test.Store.GetCurrentVersionAsync(TestEntities.Source, CancellationToken.None);
                await cancel.CancelAsync();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportAsync(next, cancel.Token));

        Assert.InRange(written, 1000, 1999);
        Assert.Equal(v1, seenMidway);
        await AssertOnlyVersionAsync(test, v1, 300);
        importer.EntityRowsWritten = null;
        var retry = await importer.ImportAsync(next);
        Assert.Equal(ImportOutcome.Applied, retry.Outcome);
        Assert.Equal(2, retry.Version.Number);
        // 1..300 before, 200..2199 after: 101 stay, 1,899 are new, 199 are gone.
        Assert.Equal(new ChangeCounts(1899, 199, 0), retry.Version.Changes);
        Assert.Equal(retry.Version, await test.Store.GetCurrentVersionAsync(TestEntities.Source));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task ImportAsync_FailureInjectedMidway_LeavesPreviousVersionCurrentAndRetrySucceeds(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(300)))).Version;
        var next = TestEntities.Snapshot(TestEntities.People(2000, first: 200));
        importer.EntityRowsWritten = (count, _) => count >= 768 ? throw new IOException("disk unplugged (injected)") : ValueTask.CompletedTask;

        var error = await Assert.ThrowsAsync<IOException>(() => importer.ImportAsync(next));

        Assert.Contains("injected", error.Message, StringComparison.Ordinal);
        await AssertOnlyVersionAsync(test, v1, 300);
        importer.EntityRowsWritten = null;
        var retry = await importer.ImportAsync(next);
        Assert.Equal(ImportOutcome.Applied, retry.Outcome);
        Assert.Equal(2, retry.Version.Number);
        Assert.Equal(2000, (await test.Store.GetCurrentVersionAsync(TestEntities.Source))!.EntityCount);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task HoldAsync_SuspiciousSnapshot_IsStoredButNotCurrentUntilApproved(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var sink = new RecordingSink();
        var importer = new ListImporter(test.Store, test.Clock, [sink]);
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(100)))).Version;
        var truncated = TestEntities.Snapshot(TestEntities.People(50));

        var held = await importer.HoldAsync(truncated, "entity count fell by half");
        var heldAgain = await importer.HoldAsync(truncated, "entity count fell by half");

        Assert.Equal(ImportOutcome.Held, held.Outcome);
        Assert.Equal(VersionState.Held, held.Version.State);
        Assert.Equal(held.Version.Id, heldAgain.Version.Id);
        Assert.Equal(v1, await test.Store.GetCurrentVersionAsync(TestEntities.Source));
        var status = await test.Store.GetStatusAsync(TestEntities.Source);
        Assert.Equal(held.Version.Id, status!.HeldVersionId);
        Assert.Equal(v1.Id, status.CurrentVersionId);
        Assert.Single(sink.Changes);

        var approved = await importer.ApproveAsync(held.Version.Id);

        Assert.Equal(ImportOutcome.Applied, approved.Outcome);
        Assert.Equal(approved.Version.Id, (await test.Store.GetCurrentVersionAsync(TestEntities.Source))!.Id);
        Assert.Equal(50, approved.Change!.Removed.Length);
        Assert.Null((await test.Store.GetStatusAsync(TestEntities.Source))!.HeldVersionId);
        Assert.Equal(2, sink.Changes.Count);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task ImportAsync_NewerListWhileHeld_DiscardsTheHeldVersion(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(100)));
        var held = (await importer.HoldAsync(TestEntities.Snapshot(TestEntities.People(10)), "too small")).Version;

        var v3 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(101)))).Version;

        Assert.Equal(3, v3.Number);
        var discarded = await test.Store.GetVersionAsync(held.Id);
        Assert.Equal(VersionState.Discarded, discarded!.State);
        Assert.Contains("overtaken by version 3", discarded.Note, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ApproveAsync(held.Id));
        Assert.Null((await test.Store.GetStatusAsync(TestEntities.Source))!.HeldVersionId);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task DiscardAsync_HeldVersion_ClearsNeedsReview(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(100)))).Version;
        var held = (await importer.HoldAsync(TestEntities.Snapshot(TestEntities.People(10)), "too small")).Version;

        var discarded = await importer.DiscardAsync(held.Id, "truncated download");

        Assert.Equal(VersionState.Discarded, discarded.State);
        Assert.Equal(v1, await test.Store.GetCurrentVersionAsync(TestEntities.Source));
        Assert.Null((await test.Store.GetStatusAsync(TestEntities.Source))!.HeldVersionId);
        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.DiscardAsync(held.Id, "again"));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task ImportAsync_ConcurrentImportsOfOneSource_NumberVersionsWithoutGapsOrDuplicates(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(() => importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(20 + i))))));

        Assert.Equal([1, 2, 3, 4], results.Select(r => r.Version.Number).Order());
        Assert.Equal(4, (await test.Store.GetVersionsAsync(TestEntities.Source)).Count);
    }

    [Fact]
    public async Task ImportAsync_InvalidSnapshots_AreRejectedBeforeTouchingTheStore()
    {
        await using var test = await TestStore.CreateAsync(StoreKind.Sqlite);
        var importer = test.Importer();
        var person = TestEntities.Person(1, "A");

        await Assert.ThrowsAsync<ArgumentException>(() => importer.ImportAsync(TestEntities.Snapshot([])));
        await Assert.ThrowsAsync<ArgumentException>(() => importer.ImportAsync(TestEntities.Snapshot([person, person])));
        await Assert.ThrowsAsync<ArgumentException>(() => importer.ImportAsync(TestEntities.Snapshot([person], source: "other")));
        Assert.Empty(await test.Store.GetSourcesAsync());
    }

    private static async Task AssertOnlyVersionAsync(TestStore test, ListVersion expected, int entities)
    {
        Assert.Equal(expected, await test.Store.GetCurrentVersionAsync(TestEntities.Source));
        Assert.Equal([expected], await test.Store.GetVersionsAsync(TestEntities.Source));
        Assert.Equal(1, await test.CountAsync("SELECT COUNT(*) FROM list_versions"));
        Assert.Equal(entities, await test.CountAsync("SELECT COUNT(*) FROM version_entities"));
        Assert.Equal(entities, await test.CountAsync("SELECT COUNT(*) FROM entity_bodies"));
        var loaded = await test.Store.LoadSnapshotAsync(expected.Id);
        Assert.Equal(entities, loaded.Entities.Length);
    }
}
