using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Security;

namespace Vigil.Server.Limits;

/// <summary>
/// One token bucket per API key (the authenticated key id; keyless local requests share one). Runs after
/// authentication, so a request without a valid key is refused with 401 before it costs a token. A rejected
/// request gets 429 with <c>Retry-After</c> in whole seconds and a Problem Details body.
/// </summary>
internal sealed class PerKeyRateLimiterPolicy : IRateLimiterPolicy<string>
{
    /// <summary>The policy name on the /v1 endpoints.</summary>
    public const string Name = "per-key";

    private readonly RateLimitOptions options;
    private readonly ILogger<PerKeyRateLimiterPolicy> logger;

    public PerKeyRateLimiterPolicy(IOptions<RateLimitOptions> options, ILogger<PerKeyRateLimiterPolicy> logger)
    {
        this.options = options.Value;
        this.logger = logger;
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var key = httpContext.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value;
        if (!options.Enabled || key is null)
        {
            // Anonymous requests never reach a /v1 handler (they get 401 first); nothing to count.
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.TokenLimit,
            TokensPerPeriod = options.TokensPerPeriod,
            ReplenishmentPeriod = options.ReplenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.ReplenishmentPeriod;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        ServerLog.RateLimited(logger, http.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "?", seconds);
        if (http.RequestServices.GetService<IProblemDetailsService>() is { } problems)
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"This key's rate limit is {options.TokensPerPeriod} requests per {options.ReplenishmentPeriod.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (bursts of {options.TokenLimit}). Retry after {seconds} s.",
                },
            }).ConfigureAwait(false);
        }
    }
}
