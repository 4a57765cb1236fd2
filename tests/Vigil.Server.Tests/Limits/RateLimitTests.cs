using System.Net;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Limits;

public sealed class RateLimitTests : IClassFixture<RateLimitTests.TightLimitFactory>
{
    private readonly TightLimitFactory server;

    public RateLimitTests(TightLimitFactory server)
    {
        this.server = server;
    }

    [Fact]
    public async Task V1_OverTheKeysBucket_Returns429WithRetryAfter_AndOtherKeysGoOn()
    {
        using var first = server.Client(server.ScreenKey);
        using var second = server.Client(server.AnalystKey);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await first.GetAsync("/v1/search?name=Maduro");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : refused;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = refused!.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var problem = await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("Retry after", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/v1/search?name=Maduro")).StatusCode);
    }

    [Fact]
    public async Task Operations_AreNotRateLimited()
    {
        using var client = server.Client(null);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }
    }

    /// <summary>Two requests per key, then one a minute.</summary>
    public sealed class TightLimitFactory : VigilServerFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [
            new("Vigil:RateLimit:TokenLimit", "2"),
            new("Vigil:RateLimit:TokensPerPeriod", "1"),
            new("Vigil:RateLimit:ReplenishmentPeriod", "00:01:00"),
        ];
    }
}
