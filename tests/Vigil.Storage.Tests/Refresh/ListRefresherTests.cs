using Vigil.Storage.Refresh;
using Vigil.Storage.Tests.Backends;
using Vigil.Storage.Tests.Data;
using Vigil.Storage.Versions;
using Xunit.Abstractions;

namespace Vigil.Storage.Tests.Refresh;

public sealed class ListRefresherTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Modified = new(2024, 6, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task RefreshAsync_GoodThenNotModifiedThenChanged_AppliesOnlyRealChanges(StoreKind kind)
    {
        await using var harness = await RefreshHarness.StartAsync(kind);
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(100), "\"v1\"", Modified));
        var refresher = harness.Refresher();

        var first = await refresher.RefreshAsync(TestListSource.Code);
        var second = await refresher.RefreshAsync(TestListSource.Code);
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(101), "\"v2\"", Modified.AddDays(1)));
        var third = await refresher.RefreshAsync(TestListSource.Code);

        Assert.Equal(RefreshOutcome.Applied, first.Outcome);
        Assert.Equal(100, first.Current!.EntityCount);
        Assert.Equal(RefreshOutcome.NotModified, second.Outcome);
        Assert.Equal(first.Current, second.Current);
        Assert.Equal(RefreshOutcome.Applied, third.Outcome);
        Assert.Equal(2, third.Current!.Number);
        Assert.Equal(new[] { "test:101" }, third.Change!.Added.AsEnumerable());
        var requests = harness.Server.Requests.ToArray();
        Assert.Equal(["", "\"v1\"", "\"v1\""], requests.Select(r => r.IfNoneMatch));
        Assert.Equal(Modified.ToString("R"), requests[1].IfModifiedSince);
        var status = await harness.Test.Store.GetStatusAsync(TestListSource.Code);
        Assert.Equal(SourceHealth.Healthy, status!.Health);
        Assert.Equal(RefreshOutcome.Applied, status.LastOutcome);
        Assert.Equal(third.Current.Id, status.CurrentVersionId);
        Assert.NotNull(status.LastSuccessAt);
        Assert.Null(status.LastFailureAt);
        Assert.Equal(2, harness.Sink.Changes.Count);
        Assert.Empty(Directory.EnumerateFileSystemEntries(harness.WorkDirectory));
    }

    [Fact]
    public async Task RefreshAsync_ServerIgnoresValidatorsButContentIsSame_IsUnchanged()
    {
        await using var harness = await RefreshHarness.StartAsync();
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(10)));
        var refresher = harness.Refresher();

        await refresher.RefreshAsync(TestListSource.Code);
        var again = await refresher.RefreshAsync(TestListSource.Code);

        Assert.Equal(RefreshOutcome.Unchanged, again.Outcome);
        Assert.Single(await harness.Test.Store.GetVersionsAsync(TestListSource.Code));
    }

    public static TheoryData<string, string> BadDownloads => new()
    {
        { "truncated", "does not parse" },
        { "empty", "empty body" },
        { "html", "HTML page (text/html)" },
        { "html-octet-stream", "HTML page (application/octet-stream)" },
        { "status-500", "HTTP 500" },
        { "status-404", "HTTP 404" },
        { "slow", "timed out after 5 s per attempt (2 attempts)" },
        { "cut-off", "(gave up after 2 attempts)" },
    };

    [Theory]
    [MemberData(nameof(BadDownloads))]
    public async Task RefreshAsync_BadDownload_FailsWithClearReasonAndKeepsCurrentVersion(string kind, string reason)
    {
        await using var harness = await RefreshHarness.StartAsync();
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(100)));
        var refresher = harness.Refresher();
        var good = await refresher.RefreshAsync(TestListSource.Code);
        var next = TestListSource.Render(100, suffix: " NEW");
        harness.Server.Serve("list.txt", kind switch
        {
            "truncated" => ListServer.File(next[..(next.Length / 2)]),
            "empty" => ListServer.File([]),
            "html" => ListServer.HtmlPage(),
            "html-octet-stream" => ListServer.HtmlPage("application/octet-stream"),
            "status-500" => ListServer.Status(500),
            "status-404" => ListServer.Status(404),
            "slow" => ListServer.Slow(TimeSpan.FromSeconds(30), next),
            "cut-off" => ListServer.CutOff(next),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        });

        var failed = await refresher.RefreshAsync(TestListSource.Code);

        Assert.Equal(RefreshOutcome.Failed, failed.Outcome);
        Assert.Contains(reason, failed.Message, StringComparison.Ordinal);
        Assert.Equal(good.Current, failed.Current);
        Assert.Equal(good.Current, await harness.Test.Store.GetCurrentVersionAsync(TestListSource.Code));
        Assert.Single(await harness.Test.Store.GetVersionsAsync(TestListSource.Code));
        var status = await harness.Test.Store.GetStatusAsync(TestListSource.Code);
        Assert.Equal(SourceHealth.Failing, status!.Health);
        Assert.Equal(failed.Message, status.LastFailureReason);
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.NotNull(status.LastSuccessAt);
        Assert.Empty(Directory.EnumerateFileSystemEntries(harness.WorkDirectory));
        var transient = kind is "status-500" or "slow" or "cut-off";
        Assert.Equal(transient ? 3 : 2, harness.Server.CountRequests("list.txt"));

        // The server recovers: the next refresh applies the new list and the failure clears.
        harness.Server.Serve("list.txt", ListServer.File(next));
        var recovered = await refresher.RefreshAsync(TestListSource.Code);
        Assert.Equal(RefreshOutcome.Applied, recovered.Outcome);
        var healed = await harness.Test.Store.GetStatusAsync(TestListSource.Code);
        Assert.Equal(SourceHealth.Healthy, healed!.Health);
        Assert.Equal(0, healed.ConsecutiveFailures);
        Assert.Equal(failed.Message, healed.LastFailureReason);
    }

    [Fact]
    public async Task RefreshAsync_BadDownloadBeforeAnyVersion_FailsAndLeavesStoreEmpty()
    {
        await using var harness = await RefreshHarness.StartAsync();
        harness.Server.Serve("list.txt", ListServer.HtmlPage());

        var failed = await harness.Refresher().RefreshAsync(TestListSource.Code);
        var again = await harness.Refresher().RefreshAsync(TestListSource.Code);

        Assert.Equal(RefreshOutcome.Failed, again.Outcome);
        Assert.Null(failed.Current);
        Assert.Empty(await harness.Test.Store.GetSourcesAsync());
        Assert.Equal(2, (await harness.Test.Store.GetStatusAsync(TestListSource.Code))!.ConsecutiveFailures);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task RefreshAsync_EntityCountDropsBeyondLimit_HoldsVersionAsNeedsReview(StoreKind kind)
    {
        await using var harness = await RefreshHarness.StartAsync(kind);
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(100), "\"v1\""));
        var refresher = harness.Refresher();
        var good = await refresher.RefreshAsync(TestListSource.Code);
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(94), "\"v2\""));

        var held = await refresher.RefreshAsync(TestListSource.Code);
        var heldAgain = await refresher.RefreshAsync(TestListSource.Code);

        Assert.Equal(RefreshOutcome.Held, held.Outcome);
        Assert.Contains("entity count fell from 100 to 94", held.Message, StringComparison.Ordinal);
        Assert.Equal(good.Current, held.Current);
        Assert.Equal(VersionState.Held, held.Held!.State);
        Assert.Equal(RefreshOutcome.NotModified, heldAgain.Outcome);
        Assert.Equal(good.Current, await harness.Test.Store.GetCurrentVersionAsync(TestListSource.Code));
        var status = await harness.Test.Store.GetStatusAsync(TestListSource.Code);
        Assert.Equal(SourceHealth.NeedsReview, status!.Health);
        Assert.Equal(held.Held.Id, status.HeldVersionId);
        Assert.Single(harness.Sink.Changes);

        // A reviewer accepts the drop.
        await harness.Importer.ApproveAsync(held.Held.Id);
        var approved = await harness.Test.Store.GetStatusAsync(TestListSource.Code);
        Assert.Equal(SourceHealth.Healthy, approved!.Health);
        Assert.Equal(held.Held.Id, approved.CurrentVersionId);
    }

    [Fact]
    public async Task RefreshAsync_DropWithinLimit_IsApplied()
    {
        await using var harness = await RefreshHarness.StartAsync();
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(100)));
        var refresher = harness.Refresher();
        await refresher.RefreshAsync(TestListSource.Code);
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(95)));

        var result = await refresher.RefreshAsync(TestListSource.Code);

        Assert.Equal(RefreshOutcome.Applied, result.Outcome);
        Assert.Equal(new ChangeCounts(0, 5, 0), result.Current!.Changes);
    }

    [Fact]
    public async Task RefreshAsync_SourceWithoutReader_FailsWithoutThrowing()
    {
        await using var harness = await RefreshHarness.StartAsync();
        var unreadable = new RefreshSource("eu", [new RemoteFile(harness.Server.Url("eu.xml"), "eu.xml")]);
        var refresher = harness.Refresher(harness.Options(harness.TestSource, unreadable));
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(3)));

        var results = await refresher.RefreshAllAsync();

        Assert.Equal([RefreshOutcome.Applied, RefreshOutcome.Failed], results.Select(r => r.Outcome));
        Assert.Equal("no reader for source 'eu' in the catalogue", results[1].Message);
        Assert.Equal(SourceHealth.Failing, (await harness.Test.Store.GetStatusAsync("eu"))!.Health);
        Assert.Throws<ArgumentException>(() => refresher.RefreshAsync("nope").GetAwaiter().GetResult());
    }

    [Fact]
    public async Task RefreshAsync_CallerCancels_ThrowsAndRecordsNothing()
    {
        await using var harness = await RefreshHarness.StartAsync();
        harness.Server.Serve("list.txt", ListServer.Slow(TimeSpan.FromSeconds(30), TestListSource.Render(3)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Refresher().RefreshAsync(TestListSource.Code, cancel.Token));

        Assert.Null(await harness.Test.Store.GetStatusAsync(TestListSource.Code));
    }

    [Fact]
    public async Task RefreshAsync_RealOfacSetsOverHttp_AppliesThenRefetchesUnchangedFilesThenRejectsTruncatedSdn()
    {
        await using var harness = await RefreshHarness.StartAsync();
        var refresher = harness.Refresher(harness.Options(harness.OfacSource));
        harness.ServeOfac(RepositoryPaths.Sdn2021, "2021");

        var first = await refresher.RefreshAsync("ofac-sdn");

        Assert.Equal(RefreshOutcome.Applied, first.Outcome);
        Assert.Equal(8976, first.Current!.EntityCount);
        Assert.StartsWith(harness.Server.Url("ofac/sdn.csv").AbsoluteUri, first.Current.Origin, StringComparison.Ordinal);

        // Only sdn.csv gets a new ETag; the other three still answer 304 to their old ETags, so the refresher must
        // fetch them again in full to give the reader a complete set.
        harness.ServeOfac(RepositoryPaths.Sdn2024, "2021");
        harness.Server.Serve("ofac/sdn.csv", ListServer.File(File.ReadAllBytes(Path.Combine(RepositoryPaths.Sdn2024, "sdn.csv")), "\"2024-sdn.csv\""));
        var second = await refresher.RefreshAsync("ofac-sdn");

        Assert.Equal(RefreshOutcome.Applied, second.Outcome);
        Assert.Equal(15402, second.Current!.EntityCount);
        Assert.Equal(new ChangeCounts(7309, 883, 790), second.Current.Changes);
        Assert.Equal(3, harness.Server.CountRequests("ofac/add.csv"));
        Assert.Equal(2, harness.Server.CountRequests("ofac/sdn.csv"));

        // Cut mid-record: the reader refuses the file.
        var sdn = File.ReadAllBytes(Path.Combine(RepositoryPaths.Sdn2024, "sdn.csv"));
        harness.Server.Serve("ofac/sdn.csv", ListServer.File(sdn[..(sdn.Length / 2)], "\"2024-cut-mid-record\""));
        var third = await refresher.RefreshAsync("ofac-sdn");
        output.WriteLine($"{third.Outcome}: {third.Message}");

        Assert.Equal(RefreshOutcome.Failed, third.Outcome);
        Assert.StartsWith("the download does not parse: sdn.csv: line ", third.Message, StringComparison.Ordinal);
        Assert.Equal(second.Current, await harness.Test.Store.GetCurrentVersionAsync("ofac-sdn"));
        Assert.Equal(SourceHealth.Failing, (await harness.Test.Store.GetStatusAsync("ofac-sdn"))!.Health);

        // Cut at a line end: every remaining record parses, but half the list is missing, so it is held for review.
        var lineEnd = Array.LastIndexOf(sdn, (byte)'\n', sdn.Length / 2) + 1;
        harness.Server.Serve("ofac/sdn.csv", ListServer.File(sdn[..lineEnd], "\"2024-cut-at-line\""));
        var fourth = await refresher.RefreshAsync("ofac-sdn");
        output.WriteLine($"{fourth.Outcome}: {fourth.Message}");

        Assert.Equal(RefreshOutcome.Held, fourth.Outcome);
        Assert.Contains("entity count fell from 15402 to ", fourth.Message, StringComparison.Ordinal);
        Assert.Equal(second.Current, await harness.Test.Store.GetCurrentVersionAsync("ofac-sdn"));
        var status = await harness.Test.Store.GetStatusAsync("ofac-sdn");
        Assert.Equal(SourceHealth.NeedsReview, status!.Health);
        Assert.Equal(fourth.Held!.Id, status.HeldVersionId);
    }
}
