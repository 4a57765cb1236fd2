using System.Net;
using Microsoft.Extensions.Options;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Sources;
using Vigil.Storage.Refresh;
using Vigil.Storage.Versions;

namespace Vigil.Server.Refresh;

/// <summary>
/// The server's writer to the list store: one importer whose applied versions are put in service at once
/// (<see cref="ScreenerSwapSink"/>), and refreshers over it for the schedule and for <c>POST /v1/lists/{source}/refresh</c>.
/// After every refresh the outcome is counted and the store's status re-read, so <c>/v1/lists</c> and <c>/metrics</c>
/// show it without waiting for the next status poll.
/// </summary>
internal sealed class ServerRefresh : IDisposable
{
    private readonly StoreAccess access;
    private readonly ScreenerSwapSink sink;
    private readonly StoreStatusPoller poller;
    private readonly VigilMetrics metrics;
    private readonly TimeProvider timeProvider;
    private readonly ILoggerFactory loggers;
    private readonly ILogger<ServerRefresh> logger;
    private readonly HttpClient http;
    private readonly object sync = new();
    private (ListImporter Importer, ListRefresher Refresher)? writers;
    private DateTimeOffset? lastPassAt;

    public ServerRefresh(
        StoreAccess access,
        ScreenerSwapSink sink,
        StoreStatusPoller poller,
        VigilMetrics metrics,
        IOptions<RefreshScheduleOptions> options,
        TimeProvider timeProvider,
        ILoggerFactory loggers)
    {
        this.access = access;
        this.sink = sink;
        this.poller = poller;
        this.metrics = metrics;
        this.timeProvider = timeProvider;
        this.loggers = loggers;
        logger = loggers.CreateLogger<ServerRefresh>();
        Schedule = options.Value;
        Options = RefreshSettings.Build(Schedule);

        // The refresher applies its own per-attempt timeout; connections are renewed so a moved publisher is followed.
        http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(15),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The server's refresh options as bound.</summary>
    public RefreshScheduleOptions Schedule { get; }

    /// <summary>Every list with a download, URLs resolved.</summary>
    public RefreshOptions Options { get; }

    /// <summary>When the last scheduled pass ended, or null.</summary>
    public DateTimeOffset? LastPassAt
    {
        get
        {
            lock (sync)
            {
                return lastPassAt;
            }
        }
    }

    /// <summary>True when the source has a download (the publisher's, the mirror's or a configured URL).</summary>
    public bool HasDownload(string source) => Options.Sources.Any(s => string.Equals(s.Source, source, StringComparison.Ordinal));

    /// <summary>The importer of the server (its applied versions are put in service), or null when the store cannot be opened.</summary>
    public async Task<ListImporter?> ImporterAsync(CancellationToken cancellationToken) =>
        (await WritersAsync(cancellationToken).ConfigureAwait(false))?.Importer;

    /// <summary>Refreshes one source now; null when the store cannot be opened.</summary>
    /// <exception cref="ArgumentException">When the source has no download.</exception>
    public async Task<RefreshResult?> RefreshAsync(string source, CancellationToken cancellationToken)
    {
        if (await WritersAsync(cancellationToken).ConfigureAwait(false) is not { } w)
        {
            return null;
        }

        var result = await w.Refresher.RefreshAsync(source, cancellationToken).ConfigureAwait(false);
        await AfterAsync([result], cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>A scheduler over <paramref name="sources"/> at the configured interval, or null when the store cannot be opened.</summary>
    public async Task<RefreshScheduler?> SchedulerAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken)
    {
        if (await WritersAsync(cancellationToken).ConfigureAwait(false) is not { } w)
        {
            return null;
        }

        var options = Options with { Sources = [.. Options.Sources.Where(s => sources.Contains(s.Source, StringComparer.Ordinal))] };
        var refresher = new ListRefresher(http, w.Importer, ListCatalog.Default, options, timeProvider, loggers.CreateLogger<ListRefresher>());
        return new RefreshScheduler(refresher, timeProvider, loggers.CreateLogger<RefreshScheduler>())
        {
            PassCompleted = async results =>
            {
                lock (sync)
                {
                    lastPassAt = timeProvider.GetUtcNow();
                }

                await AfterAsync(results, CancellationToken.None).ConfigureAwait(false);
            },
        };
    }

    /// <summary>Re-reads the store's status after an import, so <c>/v1/lists</c> shows the new current version at once.</summary>
    public async Task StatusChangedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await poller.ReadStatusAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            ServerLog.StatusPollFailed(logger, ex.Message);
        }
    }

    public void Dispose() => http.Dispose();

    private async Task AfterAsync(IReadOnlyList<RefreshResult> results, CancellationToken cancellationToken)
    {
        foreach (var result in results)
        {
            metrics.Refreshed(result.Source, result.Outcome);
        }

        await StatusChangedAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<(ListImporter Importer, ListRefresher Refresher)?> WritersAsync(CancellationToken cancellationToken)
    {
        if (await access.GetAsync(cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return null;
        }

        lock (sync)
        {
            if (writers is null)
            {
                var importer = new ListImporter(store, timeProvider, [sink], loggers.CreateLogger<ListImporter>());
                writers = (importer, new ListRefresher(http, importer, ListCatalog.Default, Options, timeProvider, loggers.CreateLogger<ListRefresher>()));
            }

            return writers;
        }
    }
}
