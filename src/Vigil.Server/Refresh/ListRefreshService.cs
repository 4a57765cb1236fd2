using Vigil.Server.Lists;
using Vigil.Server.Operations;

namespace Vigil.Server.Refresh;

/// <summary>
/// Runs the storage library's <c>RefreshScheduler</c> inside the server when <c>Vigil:Refresh:Interval</c> is set:
/// a pass once the lists are loaded, then one every interval. Applied versions are swapped in as they are stored;
/// failed, partial or suspicious downloads leave the served lists alone and show in <c>/v1/lists</c> and
/// <c>/metrics</c>. Nothing here ever stops the server.
/// </summary>
internal sealed class ListRefreshService : BackgroundService
{
    private static readonly TimeSpan StoreRetryPause = TimeSpan.FromSeconds(30);

    private readonly ServerRefresh refresh;
    private readonly ScreeningState state;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ListRefreshService> logger;

    public ListRefreshService(ServerRefresh refresh, ScreeningState state, TimeProvider timeProvider, ILogger<ListRefreshService> logger)
    {
        this.refresh = refresh;
        this.state = state;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>The sources the schedule refreshes: the configured ones, else the loaded lists that have a download.</summary>
    public IReadOnlyList<string> ScheduledSources()
    {
        if (refresh.Schedule.Sources.Count > 0)
        {
            return [.. refresh.Schedule.Sources.Distinct(StringComparer.Ordinal)];
        }

        return state.Current is { } loaded
            ? [.. loaded.Lists.Lists.Select(l => l.Source).Where(refresh.HasDownload)]
            : [];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (refresh.Schedule.Interval is not { } interval)
        {
            ServerLog.RefreshOff(logger);
            return;
        }

        try
        {
            await state.WhenLoaded.WaitAsync(stoppingToken).ConfigureAwait(false);
            var sources = ScheduledSources();
            if (sources.Count == 0)
            {
                ServerLog.RefreshNothing(logger);
                return;
            }

            var scheduler = await refresh.SchedulerAsync(sources, stoppingToken).ConfigureAwait(false);
            while (scheduler is null)
            {
                // The store logs why it cannot be opened; the schedule starts once it can.
                await Task.Delay(StoreRetryPause, timeProvider, stoppingToken).ConfigureAwait(false);
                scheduler = await refresh.SchedulerAsync(sources, stoppingToken).ConfigureAwait(false);
            }

            var names = string.Join(", ", sources);
            ServerLog.RefreshScheduled(logger, names, interval);
            await scheduler.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The server screens on without a schedule; the log says why it stopped.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ServerLog.RefreshStopped(logger, ex);
        }
    }
}
