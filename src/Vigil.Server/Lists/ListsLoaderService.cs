using System.Diagnostics;
using Vigil.Model;
using Vigil.Server.Operations;

namespace Vigil.Server.Lists;

/// <summary>
/// Loads the lists in the background once the server starts, so <c>/healthz</c> answers at once and
/// <c>/readyz</c> turns ready when screening can begin. A list that cannot be loaded stops the server.
/// </summary>
internal sealed class ListsLoaderService : BackgroundService
{
    private readonly IListsLoader loader;
    private readonly ScreeningState state;
    private readonly StartupOutcome outcome;
    private readonly IHostApplicationLifetime lifetime;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ListsLoaderService> logger;

    public ListsLoaderService(IListsLoader loader, ScreeningState state, StartupOutcome outcome, IHostApplicationLifetime lifetime, TimeProvider timeProvider, ILogger<ListsLoaderService> logger)
    {
        this.loader = loader;
        this.state = state;
        this.outcome = outcome;
        this.lifetime = lifetime;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>Builds the text and payment screeners now, so the first request to them does not wait.</summary>
    private void WarmTextScreener(LoadedScreening loaded)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            _ = loaded.Payments.Value;
            ServerLog.TextScreenerBuilt(logger, clock.ElapsedMilliseconds);
        }
#pragma warning disable CA1031 // Name screening goes on; /v1/screen/text answers 500 and the log says why.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ServerLog.TextScreenerFailed(logger, ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ServerLog.ListsLoading(logger, loader.Description);
        try
        {
            var loaded = await Task.Run(() => loader.Load(stoppingToken), stoppingToken).ConfigureAwait(false);
            state.Set(new LoadedScreening(loaded, timeProvider.GetUtcNow()));
            ServerLog.ListsLoaded(
                logger,
                loaded.Lists.Length,
                loaded.Screener.Entities.Length,
                loaded.Screener.NameCount,
                (long)loaded.LoadTime.TotalMilliseconds,
                (long)loaded.IndexTime.TotalMilliseconds);
            WarmTextScreener(state.Current!);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // Whatever stops the load stops the server, with its reason logged and returned to the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var reason = ex is ListFormatException ? "list file error: " + ex.Message : ex.Message;
            ServerLog.ListsLoadFailed(logger, reason);
            outcome.Fail(reason);
            lifetime.StopApplication();
        }
    }
}
