using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Vigil.Server.Entities;
using Vigil.Server.Keys;
using Vigil.Server.Limits;
using Vigil.Server.Lists;
using Vigil.Server.Matching;
using Vigil.Server.Operations;
using Vigil.Server.Payments;
using Vigil.Server.Screening;
using Vigil.Server.Security;
using Vigil.Server.TextScreening;

namespace Vigil.Server.Hosting;

/// <summary>The middleware order and the endpoints, one <c>Map&lt;Feature&gt;Api</c> per feature.</summary>
internal static class ServerPipeline
{
    public static WebApplication UseVigilPipeline(this WebApplication app)
    {
        // Outermost: every failure and every bare status becomes Problem Details.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal), v1 => v1.UseMiddleware<RequestBodyLimitMiddleware>());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi();
        app.MapScalarApiReference();

        var v1 = app.MapGroup("/v1")
            .RequireAuthorization(ApiKeyDefaults.ScreenPolicy)
            .RequireRateLimiting(PerKeyRateLimiterPolicy.Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        v1.MapSearchApi();
        v1.MapMatchApi();
        v1.MapTextApi();
        v1.MapPaymentApi();
        v1.MapEntitiesApi();
        v1.MapListsApi();
        v1.MapListAdminApi();
        v1.MapKeysApi();

        // The meter's gauges observe from start, not from the first search.
        _ = app.Services.GetRequiredService<VigilMetrics>();
        return app;
    }
}
