using Vigil.Server.Tests.Infrastructure;
using Vigil.Storage.Tests.Refresh;

namespace Vigil.Server.Tests.Operations;

/// <summary>Two servers in one process (as the tests run them, or a cluster host would) each export their own values.</summary>
public sealed class MetricsIsolationTests
{
    [Fact]
    public async Task Metrics_TwoServersInOneProcess_EachShowsItsOwnRefreshes()
    {
        const string unFile = "un-sc/consolidated.xml";
        await using var publisher = await ListServer.StartAsync();
        (string Key, string? Value)[] settings =
        [
            ("Vigil:Refresh:Mirror", publisher.BaseAddress.AbsoluteUri),
            ("Vigil:Refresh:MaxRetryAttempts", "0"),
            ("Vigil:Refresh:AttemptTimeout", "00:00:30"),
            ("Vigil:Refresh:Sources:0", "un-sc"),
        ];
        using var failing = new ConfiguredServerFactory(settings);
        using var applied = new ConfiguredServerFactory(settings);
        using var failingAdmin = failing.Client(failing.AdminKey);
        using var appliedAdmin = applied.Client(applied.AdminKey);

        publisher.Serve(unFile, ListServer.File(UnListFiles.Renamed(), "\"renamed\""));
        await appliedAdmin.PostAsync("/v1/lists/un-sc/refresh", null);
        publisher.Serve(unFile, ListServer.Status(500));
        await failingAdmin.PostAsync("/v1/lists/un-sc/refresh", null);

        using var scraper = failing.Client(null);
        var metrics = await scraper.GetStringAsync("/metrics");
        Assert.Matches("(?m)^vigil_refresh_failures\\{[^}]*source=\"un-sc\"[^}]*\\} 1( |$)", metrics);
        Assert.Matches("(?m)^vigil_refresh_attempts_total\\{(?=[^}]*outcome=\"failed\")(?=[^}]*source=\"un-sc\")[^}]*\\} 1( |$)", metrics);
        Assert.DoesNotMatch("(?m)^vigil_refresh_attempts_total\\{[^}]*outcome=\"applied\"", metrics);
    }

    [Fact]
    public async Task Metrics_TwoServersInOneProcess_EachCountsItsOwnRequests()
    {
        using var busy = new VigilServerFactory();
        using var idle = new VigilServerFactory();
        using var busyScraper = busy.Client(null);
        using var idleScraper = idle.Client(null);
        using var client = busy.Client(busy.ScreenKey);

        // Both servers run (and listen to meters) before the requests are made.
        (await idleScraper.GetAsync("/metrics")).EnsureSuccessStatusCode();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/v1/search?name=Nicolas%20Maduro")).EnsureSuccessStatusCode();
        }

        var busyMetrics = await busyScraper.GetStringAsync("/metrics");
        var idleMetrics = await idleScraper.GetStringAsync("/metrics");

        Assert.Matches("(?m)^http_server_request_duration_seconds_count\\{[^}]*http_route=\"/v1/search\"[^}]*\\} 3( |$)", busyMetrics);
        Assert.DoesNotContain("http_route=\"/v1/search\"", idleMetrics, StringComparison.Ordinal);
    }
}
