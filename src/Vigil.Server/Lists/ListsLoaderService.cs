using Vigil.Model;
using Vigil.Server.Operations;

namespace Vigil.Server.Lists;

/// <summary>
/// Loads the lists in the background once the server starts, so <c>/healthz</c> answers at once and
/// <c>/readyz</c> turns ready when screening can begin. The list store's current versions take the place of the
/// files of the sources it holds (see <see cref="ScreeningUpdater"/>). A list file that cannot be loaded stops the server.
/// </summary>
internal sealed class ListsLoaderService : BackgroundService
{
    private readonly IListsLoader loader;
    private readonly ScreeningUpdater updater;
    private readonly StartupOutcome outcome;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<ListsLoaderService> logger;

    public ListsLoaderService(IListsLoader loader, ScreeningUpdater updater, StartupOutcome outcome, IHostApplicationLifetime lifetime, ILogger<ListsLoaderService> logger)
    {
        this.loader = loader;
        this.updater = updater;
        this.outcome = outcome;
        this.lifetime = lifetime;
        this.logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ServerLog.ListsLoading(logger, loader.Description);
        try
        {
            var files = await Task.Run(() => loader.Read(stoppingToken), stoppingToken).ConfigureAwait(false);
            var screening = await updater.StartAsync(files, loader.Build, stoppingToken).ConfigureAwait(false);
            var loaded = screening.Lists;
            ServerLog.ListsLoaded(
                logger,
                loaded.Lists.Length,
                loaded.Screener.Entities.Length,
                loaded.Screener.NameCount,
                (long)loaded.LoadTime.TotalMilliseconds,
                (long)loaded.IndexTime.TotalMilliseconds);
            screening.Warm(logger);
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
