using System.Globalization;
using Microsoft.Extensions.Configuration.Memory;
using Vigil.Server.Lists;
using Vigil.Server.Options;

namespace Vigil.Server.Hosting;

/// <summary>Builds and runs the Vigil HTTP server; used by the server's entry point and by <c>vigil serve</c>.</summary>
public static class VigilServer
{
    private static readonly Dictionary<string, string?> LogDefaults = new(StringComparer.Ordinal)
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",

        // A readiness probe failing while the lists load is expected, not an error; load failures have their own log.
        ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical",

        // The authentication base class logs every challenge; rejected keys are logged under Vigil.Server.Security.ApiKeys.
        ["Logging:LogLevel:Vigil.Server.Security.ApiKeyAuthenticationHandler"] = "Warning",
    };

    /// <summary>Builds the server from command-line arguments (ASP.NET Core configuration syntax).</summary>
    public static WebApplication Build(string[] args) => Build(new ServeSettings { Args = args });

    /// <summary>Builds the server.</summary>
    /// <exception cref="ServerConfigurationException">When <c>--insecure-local</c> is asked with a configured address that is not loopback.</exception>
    public static WebApplication Build(ServeSettings settings) => Build(settings, configureServices: null);

    /// <summary>Builds the server, letting tests register services (e.g. preloaded lists) before the defaults.</summary>
    internal static WebApplication Build(ServeSettings settings, Action<IServiceCollection>? configureServices)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. settings.Args] });

        // Defaults under every other source: per-request framework logs would cost more than a search.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = LogDefaults });
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (settings.InsecureLocal)
        {
            overrides[SecurityOptions.Section + ":" + nameof(SecurityOptions.InsecureLocal)] = "true";
        }

        if (settings.ListsDirectory is { } lists)
        {
            overrides[ListsOptions.Section + ":" + nameof(ListsOptions.DataDirectory)] = lists;
        }

        if (settings.StoreDirectory is { } store)
        {
            overrides[StoreOptions.Section + ":" + nameof(StoreOptions.DataDirectory)] = store;
        }

        if (settings.PostgresConnectionString is { } postgres)
        {
            overrides[StoreOptions.Section + ":" + nameof(StoreOptions.PostgresConnectionString)] = postgres;
        }

        if (settings.RefreshInterval is { } interval)
        {
            overrides[RefreshScheduleOptions.Section + ":" + nameof(RefreshScheduleOptions.Interval)] = interval.ToString("c", CultureInfo.InvariantCulture);
        }

        if (settings.RefreshMirror is { } mirror)
        {
            overrides[RefreshScheduleOptions.Section + ":" + nameof(RefreshScheduleOptions.Mirror)] = mirror;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        if (settings.Urls is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        if (builder.Configuration.GetValue<bool>(SecurityOptions.Section + ":" + nameof(SecurityOptions.InsecureLocal)))
        {
            RefuseNonLoopback(builder.Configuration);
        }

        configureServices?.Invoke(builder.Services);
        builder.AddVigilServices();
        return builder.Build().UseVigilPipeline();
    }

    /// <summary>
    /// Runs the server until it is stopped; returns 0, or 1 when it refused to start or stopped on its own (see
    /// <see cref="StartupFailure"/>).
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var outcome = app.Services.GetRequiredService<StartupOutcome>();
        try
        {
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ServerConfigurationException ex)
        {
            // Already logged where it was found; the host tells its user in its own way.
            outcome.Fail(ex.Message);
        }

        return outcome.Failure is null ? 0 : 1;
    }

    /// <summary>Why the server stopped on its own (lists that could not be loaded), or null.</summary>
    public static string? StartupFailure(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<StartupOutcome>().Failure;
    }

    /// <summary>Checks the configured addresses before anything binds; the bound ones are checked again after start.</summary>
    private static void RefuseNonLoopback(ConfigurationManager configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange((configuration[WebHostDefaults.ServerUrlsKey] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var key in new[] { WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey })
        {
            foreach (var port in (configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                addresses.Add("http://*:" + port);
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { } url)
            {
                addresses.Add(url);
            }
        }

        foreach (var address in addresses)
        {
            if (!LoopbackAddresses.IsLoopback(address))
            {
                throw new ServerConfigurationException($"--insecure-local needs every address to be loopback; {address} is not.");
            }
        }
    }
}
