using System.ComponentModel.DataAnnotations;

namespace Vigil.Server.Options;

/// <summary>
/// Per-key token bucket of the /v1 endpoints (section <c>Vigil:RateLimit</c>). Every key has its own bucket; a
/// request takes one token, whatever its batch size. Bound and validated at start.
/// </summary>
internal sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Vigil:RateLimit";

    /// <summary>False turns per-key limiting off (e.g. behind a gateway that limits already). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Bucket size: the burst a key may send at once. Default 200.</summary>
    [Range(1, 1_000_000)]
    public int TokenLimit { get; set; } = 200;

    /// <summary>
    /// Tokens added every <see cref="ReplenishmentPeriod"/>. Default 100 per second: a screening client checks
    /// customers one at a time and rarely needs more; bulk work goes through /v1/match batches.
    /// </summary>
    [Range(1, 1_000_000)]
    public int TokensPerPeriod { get; set; } = 100;

    /// <summary>Replenishment period. Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
