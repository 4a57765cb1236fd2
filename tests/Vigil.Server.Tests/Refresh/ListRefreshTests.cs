using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;
using Vigil.Storage.Tests.Refresh;

namespace Vigil.Server.Tests.Refresh;

/// <summary>
/// Refresh inside the server against a real HTTP server on 127.0.0.1 standing in for the UN's: on demand
/// (<c>POST /v1/lists/{source}/refresh</c>) and on the schedule. Each test has a server of its own.
/// </summary>
public sealed class ListRefreshTests
{
    private const string UnFile = "un-sc/consolidated.xml";

    public static TheoryData<string> Stores => TestStores.All;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RefreshNow_GoodFile_ThenNotModified_ThenUpstreamError_KeepsTheVersionAndShowsTheFailure(string store)
    {
        await using var publisher = await ListServer.StartAsync();
        await using var postgres = store == TestStores.Postgres ? await TestStores.CreatePostgresAsync() : null;
        using var server = new ConfiguredServerFactory([.. RefreshSettings(publisher), .. TestStores.Settings(store, postgres)]);
        using var client = server.Client(server.AdminKey);
        publisher.Serve(UnFile, ListServer.File(UnListFiles.Renamed(), "\"renamed\""));

        var applied = await client.PostAsync("/v1/lists/un-sc/refresh", null);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var json = await ApiCalls.JsonAsync(applied);
        Assert.Equal("applied", json.GetProperty("outcome").GetString());
        Assert.Equal(publisher.Url(UnFile).AbsoluteUri, json.GetProperty("current").GetProperty("origin").GetString());
        var id = await ApiCalls.BestMatchAsync(client, UnListFiles.NewName);
        Assert.StartsWith("un-sc:", id, StringComparison.Ordinal);

        var notModified = await ApiCalls.JsonAsync(await client.PostAsync("/v1/lists/un-sc/refresh", null));
        Assert.Equal("notModified", notModified.GetProperty("outcome").GetString());
        Assert.Equal("\"renamed\"", publisher.Requests.Last().IfNoneMatch);

        publisher.Serve(UnFile, ListServer.Status(500));
        var failed = await client.PostAsync("/v1/lists/un-sc/refresh", null);

        var problem = await ProblemAssert.IsProblem(failed, HttpStatusCode.BadGateway);
        Assert.Equal("failed", problem.GetProperty("outcome").GetString());
        Assert.Contains("answered HTTP 500", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("version 1 stays current.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(id, await ApiCalls.BestMatchAsync(client, UnListFiles.NewName));
        var status = (await ApiCalls.ListAsync(client, "un-sc")).GetProperty("store");
        Assert.Equal("failing", status.GetProperty("health").GetString());
        Assert.Equal("failed", status.GetProperty("lastOutcome").GetString());
        Assert.Equal(1, status.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(1, status.GetProperty("currentVersion").GetInt32());
        Assert.Contains("consolidated.xml: ", status.GetProperty("lastFailureReason").GetString(), StringComparison.Ordinal);

        using var scraper = server.Client(null);
        var metrics = await scraper.GetStringAsync("/metrics");
        Assert.Matches("(?m)^vigil_refresh_attempts_total\\{(?=[^}]*outcome=\"failed\")(?=[^}]*source=\"un-sc\")[^}]*\\} 1( |$)", metrics);
        Assert.Matches("(?m)^vigil_refresh_attempts_total\\{(?=[^}]*outcome=\"applied\")(?=[^}]*source=\"un-sc\")[^}]*\\} 1( |$)", metrics);
        Assert.Matches("(?m)^vigil_refresh_failures\\{[^}]*source=\"un-sc\"[^}]*\\} 1( |$)", metrics);
        Assert.Matches("(?m)^vigil_list_age_seconds\\{[^}]*source=\"un-sc\"[^}]*\\} [0-9]", metrics);
    }

    [Fact]
    public async Task Schedule_GoodFile_IsServedWithoutRestart_ThenABadFileLeavesItInServiceAndShowsTheFailure()
    {
        await using var publisher = await ListServer.StartAsync();
        publisher.Serve(UnFile, ListServer.File(UnListFiles.Renamed(), "\"renamed\""));
        using var server = new ConfiguredServerFactory([.. RefreshSettings(publisher), ("Vigil:Refresh:Interval", "00:00:01")]);
        using var client = server.Client(server.ScreenKey);

        string? id = null;
        await Eventually.Until(async () => (id = await ApiCalls.BestMatchAsync(client, UnListFiles.NewName)) is not null, "the scheduled refresh to put the renamed list in service");

        // The store's status is read before the new version is served: a client that finds it finds its version too.
        Assert.Equal(1, (await ApiCalls.ListAsync(client, "un-sc")).GetProperty("store").GetProperty("currentVersion").GetInt32());
        var lists = JsonDocument.Parse(await client.GetStringAsync("/v1/lists")).RootElement;
        var schedule = lists.GetProperty("refresh");
        Assert.True(schedule.GetProperty("enabled").GetBoolean());
        Assert.Equal(1, schedule.GetProperty("intervalSeconds").GetDouble());
        Assert.Equal(["un-sc"], schedule.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

        publisher.Serve(UnFile, ListServer.File(UnListFiles.Truncated(), "\"cut\""));
        JsonElement status = default;
        // A bad download applies nothing: its failure shows once the pass is over and the status read again.
        await Eventually.Until(
            async () => (status = (await ApiCalls.ListAsync(client, "un-sc")).GetProperty("store")).ValueKind == JsonValueKind.Object
                && status.GetProperty("health").GetString() == "failing",
            "the scheduled refresh to record the bad download");

        Assert.Contains("the download does not parse: consolidated.xml", status.GetProperty("lastFailureReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, status.GetProperty("currentVersion").GetInt32());
        Assert.Equal(id, await ApiCalls.BestMatchAsync(client, UnListFiles.NewName));
        using var scraper = server.Client(null);
        Assert.Matches("(?m)^vigil_refresh_attempts_total\\{(?=[^}]*outcome=\"failed\")(?=[^}]*source=\"un-sc\")[^}]*\\} [1-9]", await scraper.GetStringAsync("/metrics"));
        Assert.Equal(HttpStatusCode.OK, (await scraper.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scraper.GetAsync("/readyz")).StatusCode);
    }

    /// <summary>The publisher at the loopback server, one attempt per file, and the schedule (when on) limited to the UN list.</summary>
    private static (string Key, string? Value)[] RefreshSettings(ListServer publisher) =>
    [
        ("Vigil:Refresh:Mirror", publisher.BaseAddress.AbsoluteUri),
        ("Vigil:Refresh:MaxRetryAttempts", "0"),
        ("Vigil:Refresh:AttemptTimeout", "00:00:30"),
        ("Vigil:Refresh:Sources:0", "un-sc"),
    ];
}
