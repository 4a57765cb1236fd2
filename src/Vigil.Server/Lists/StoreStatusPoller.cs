using Microsoft.Extensions.Options;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Storage.Versions;

namespace Vigil.Server.Lists;

/// <summary>
/// Reads refresh status and current versions from the store at start and every <see cref="StoreOptions.StatusPollInterval"/>,
/// and puts in service any version applied meanwhile by another process (<c>vigil import</c>, <c>vigil update</c>).
/// </summary>
internal sealed class StoreStatusPoller : BackgroundService
{
    private readonly StoreAccess access;
    private readonly StoreStatusCache cache;
    private readonly ScreeningUpdater updater;
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan interval;
    private readonly ILogger<StoreStatusPoller> logger;

    // One read at a time: a poll that read the store before a refresh finished must not set its older values after
    // the refresh's own read (the gauge and /v1/lists would go back to the state before the refresh).
    private readonly SemaphoreSlim reading = new(1, 1);

    public StoreStatusPoller(StoreAccess access, StoreStatusCache cache, ScreeningUpdater updater, TimeProvider timeProvider, IOptions<StoreOptions> options, ILogger<StoreStatusPoller> logger)
    {
        this.access = access;
        this.cache = cache;
        this.updater = updater;
        this.timeProvider = timeProvider;
        interval = options.Value.StatusPollInterval;
        this.logger = logger;
    }

    /// <summary>Reads the store once, then swaps in versions applied elsewhere.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        await ReadStatusAsync(cancellationToken).ConfigureAwait(false);
        await updater.SyncAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads refresh status and current versions into the cache.</summary>
    public async Task ReadStatusAsync(CancellationToken cancellationToken)
    {
        await reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var store = await access.GetAsync(cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return;
            }

            var statuses = await store.GetStatusesAsync(cancellationToken).ConfigureAwait(false);
            var current = new List<ListVersion>();
            foreach (var status in statuses)
            {
                if (status.CurrentVersionId is { } id && await store.GetVersionAsync(id, cancellationToken).ConfigureAwait(false) is { } version)
                {
                    current.Add(version);
                }
            }

            cache.Set(statuses, current);
        }
        finally
        {
            reading.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        reading.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await PollAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The poll outlives any one failure; metrics keep their last values.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                ServerLog.StatusPollFailed(logger, ex.Message);
            }
        }
        while (await Wait(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> Wait(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
