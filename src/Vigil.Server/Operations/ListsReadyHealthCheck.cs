using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vigil.Server.Lists;

namespace Vigil.Server.Operations;

/// <summary>Ready once the lists are loaded and the screener built.</summary>
internal sealed class ListsReadyHealthCheck : IHealthCheck
{
    private readonly ScreeningState state;

    public ListsReadyHealthCheck(ScreeningState state)
    {
        this.state = state;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Current is { } loaded
            ? HealthCheckResult.Healthy($"{loaded.Lists.Lists.Length} lists, {loaded.Lists.Screener.Entities.Length} entities loaded")
            : HealthCheckResult.Unhealthy("lists are loading"));
}
