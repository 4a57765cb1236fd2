using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Lists;

public sealed class ListsApiTests : IClassFixture<StoredVersionsFactory>
{
    private readonly StoredVersionsFactory server;

    public ListsApiTests(StoredVersionsFactory server)
    {
        this.server = server;
    }

    [Fact]
    public async Task GetLists_ReturnsEachLoadedListWithStoreState()
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/lists")).RootElement;

        var lists = json.GetProperty("lists").EnumerateArray().ToDictionary(l => l.GetProperty("source").GetString()!);
        Assert.Equal(["ofac-cons", "ofac-sdn", "un-sc"], lists.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SharedLists.Loaded.Lists.Single(l => l.Source == "ofac-sdn").Entities.Length, lists["ofac-sdn"].GetProperty("entities").GetInt32());
        Assert.True(lists["ofac-sdn"].GetProperty("bySchema").GetProperty("Person").GetInt32() > 1000);
        Assert.Equal(JsonValueKind.Null, lists["ofac-sdn"].GetProperty("store").ValueKind);
        Assert.Equal(2, lists["un-sc"].GetProperty("store").GetProperty("currentVersion").GetInt32());
        Assert.True(json.GetProperty("names").GetInt32() > 10_000);
        Assert.DoesNotContain("origin", json.ToString(), StringComparison.Ordinal);

        // No schedule unless the operator asks for one.
        var schedule = json.GetProperty("refresh");
        Assert.False(schedule.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, schedule.GetProperty("intervalSeconds").ValueKind);
        Assert.Equal(0, schedule.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task GetVersions_ReturnsStoredVersionsOldestFirst()
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/lists/un-sc/versions")).RootElement;

        var versions = json.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.All(versions, v => Assert.Equal("applied", v.GetProperty("state").GetString()));
        Assert.Equal(1, versions[1].GetProperty("changes").GetProperty("added").GetInt32());
        Assert.Equal(1, versions[1].GetProperty("changes").GetProperty("changed").GetInt32());
        Assert.Equal(JsonValueKind.Null, versions[0].GetProperty("origin").ValueKind);
    }

    [Fact]
    public async Task GetVersions_KnownSourceWithoutVersions_ReturnsEmpty()
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/lists/ofac-sdn/versions")).RootElement;

        Assert.Equal(0, json.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task GetDiff_ReturnsAddedRemovedAndChangedFields()
    {
        using var client = server.Client(server.ScreenKey);

        var forward = JsonDocument.Parse(await client.GetStringAsync("/v1/lists/un-sc/diff?from=1&to=2")).RootElement;
        var backward = JsonDocument.Parse(await client.GetStringAsync("/v1/lists/un-sc/diff?from=2&to=1")).RootElement;

        Assert.Equal(server.AddedId, forward.GetProperty("added")[0].GetProperty("id").GetString());
        Assert.Equal(0, forward.GetProperty("removed").GetArrayLength());
        var change = Assert.Single(forward.GetProperty("changed").EnumerateArray());
        Assert.Equal(server.ChangedId, change.GetProperty("id").GetString());
        Assert.Equal("remarks", change.GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal(1, forward.GetProperty("counts").GetProperty("added").GetInt32());
        Assert.Equal(server.AddedId, backward.GetProperty("removed")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/v1/lists/un-sc/diff?from=1&to=9")]
    [InlineData("/v1/lists/planet/versions")]
    [InlineData("/v1/lists/planet/diff?from=1&to=2")]
    public async Task Lists_UnknownSourceOrVersion_Returns404Problem(string path)
    {
        using var client = server.Client(server.ScreenKey);

        await ProblemAssert.IsProblem(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/v1/lists/un-sc/diff", "from")]
    [InlineData("/v1/lists/un-sc/diff?from=1", "to")]
    [InlineData("/v1/lists/un-sc/diff?from=0&to=1", "from")]
    public async Task GetDiff_MissingVersion_Returns400(string path, string field)
    {
        using var client = server.Client(server.ScreenKey);

        var problem = await ProblemAssert.IsProblem(await client.GetAsync(path), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Metrics_ReportRefreshFailuresAndListAgeFromTheStore()
    {
        using var client = server.Client(null);

        // The store is read by a background poll at start; give it a moment.
        var text = string.Empty;
        for (var i = 0; i < 100 && !text.Contains("vigil_refresh_failures{", StringComparison.Ordinal); i++)
        {
            if (i > 0)
            {
                await Task.Delay(100);
            }

            text = await client.GetStringAsync("/metrics");
        }

        Assert.Contains("vigil_refresh_failures{", text, StringComparison.Ordinal);
        Assert.Contains("source=\"un-sc\"", text, StringComparison.Ordinal);
        Assert.Contains("vigil_list_age_seconds{", text, StringComparison.Ordinal);
    }
}
