using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Vigil.Screening.Contracts;
using Vigil.Server.Json;
using Vigil.Server.Keys;
using Vigil.Server.Limits;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Refresh;
using Vigil.Server.Security;

namespace Vigil.Server.Hosting;

/// <summary>The server's services: options, lists, store, keys and roles, limits, problems, health, metrics, OpenAPI.</summary>
internal static class ServerServices
{
    // The meters ASP.NET Core makes (what OpenTelemetry's AddAspNetCoreInstrumentation enables by name).
    private static readonly string[] AspNetCoreMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting",
    ];

    // Request duration buckets in seconds, as the HTTP semantic conventions advise (and the instrumentation set).
    private static readonly double[] RequestDurationBuckets = [0, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    public static WebApplicationBuilder AddVigilServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        AddOptions(services);

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServerOptions>>((kestrel, server) =>
        {
            kestrel.Limits.MaxRequestBodySize = server.Value.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJson.Default);
            o.SerializerOptions.TypeInfoResolverChain.Insert(1, ContractJson.Default);
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // Never anything of an exception: no type, message, stack or path reaches a client.
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            if (context.ProblemDetails.Status == StatusCodes.Status429TooManyRequests)
            {
                // The framework knows no type for 429; RFC 6585 defines it.
                context.ProblemDetails.Type ??= "https://tools.ietf.org/html/rfc6585#section-4";
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        services.AddSingleton<ScreeningState>();
        services.AddSingleton<StartupOutcome>();
        services.TryAddSingleton<IListsLoader, DirectoryListsLoader>();
        services.AddHostedService<ListsLoaderService>();
        services.AddSingleton<StoreAccess>();
        services.AddSingleton<StoreStatusCache>();
        services.AddSingleton<ScreeningUpdater>();
        services.AddSingleton<ScreenerSwapSink>();
        services.AddSingleton<StoreStatusPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreStatusPoller>());
        services.AddSingleton<ServerRefresh>();
        services.AddSingleton<ListRefreshService>();
        services.AddHostedService(sp => sp.GetRequiredService<ListRefreshService>());

        services.AddSingleton(sp => ApiKeyStore.InDirectory(sp.GetRequiredService<IOptions<StoreOptions>>().Value.DataDirectory!, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<InsecureLocalGate>();
        services.AddHostedService<InsecureLocalGuard>();
        // The core services only: AddAuthentication would also bring data protection, whose key ring nothing here uses.
        services.AddWebEncoders();
        services.AddAuthenticationCore(o => o.DefaultScheme = ApiKeyDefaults.Scheme);
        new AuthenticationBuilder(services)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, "API key", configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ScreenPolicy, p => p.RequireAuthenticatedUser().RequireRole(ApiRoles.Screen, ApiRoles.Analyst, ApiRoles.Admin))
            .AddPolicy(ApiKeyDefaults.AnalystPolicy, p => p.RequireAuthenticatedUser().RequireRole(ApiRoles.Analyst, ApiRoles.Admin))
            .AddPolicy(ApiKeyDefaults.AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(ApiRoles.Admin));
        services.AddRateLimiter(o => o.AddPolicy<string, PerKeyRateLimiterPolicy>(PerKeyRateLimiterPolicy.Name));

        services.AddHealthChecks().AddCheck<ListsReadyHealthCheck>("lists", tags: ["ready"]);
        services.AddSingleton<ListAges>();
        services.AddSingleton<RefreshFailures>();
        services.AddSingleton<VigilMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddView("http.server.request.duration", new ExplicitBucketHistogramConfiguration { Boundaries = RequestDurationBuckets })
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));

        // Meters are enabled for the meters this host made (MeterScope.Local), not by name: OpenTelemetry's AddMeter
        // (and AddAspNetCoreInstrumentation, which calls it) listens to every meter of that name in the process, and
        // two servers in one process (tests, a cluster host) showed each other's counters, request durations
        // included, under the same labels.
        services.AddMetrics(m =>
        {
            foreach (var meter in (string[])[VigilMetrics.MeterName, .. AspNetCoreMeters])
            {
                m.EnableMetrics(meter, instrumentName: null, listenerName: null, scopes: MeterScope.Local);
            }
        });
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiKeyOpenApiTransformer>();
            o.AddOperationTransformer<ApiKeyOpenApiTransformer>();
        });
        return builder;
    }

    private static void AddOptions(IServiceCollection services)
    {
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section)
            .PostConfigure(o =>
            {
                o.DataDirectory = StoreDirectory.Resolve(o.DataDirectory, Environment.GetEnvironmentVariable(StoreDirectory.EnvironmentVariable));
                if (string.IsNullOrWhiteSpace(o.PostgresConnectionString))
                {
                    o.PostgresConnectionString = Environment.GetEnvironmentVariable(StoreDirectory.PostgresEnvironmentVariable);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();
        services.AddOptions<ListsOptions>().BindConfiguration(ListsOptions.Section);
        services.AddOptions<RefreshScheduleOptions>().BindConfiguration(RefreshScheduleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RefreshScheduleOptions>, RefreshScheduleOptionsValidator>();
        services.AddSingleton<IValidateOptions<RefreshScheduleOptions>, RefreshUrlsValidator>();
    }
}
