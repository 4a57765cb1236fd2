using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vigil.Storage.Refresh;

/// <summary>
/// Runs <see cref="ListRefresher.RefreshAllAsync"/> at start and then every <see cref="RefreshOptions.Interval"/>, on
/// the <see cref="TimeProvider"/>'s timers. Hosts run <see cref="RunAsync"/> from a background service.
/// </summary>
public sealed class RefreshScheduler
{
    private readonly ListRefresher refresher;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;

    /// <summary>Creates a scheduler.</summary>
    public RefreshScheduler(ListRefresher refresher, TimeProvider? timeProvider = null, ILogger<RefreshScheduler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(refresher);
        this.refresher = refresher;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Called after each pass with its results (empty when the pass itself failed), before the wait for the next one;
    /// hosts update their status and metrics here. An exception it throws is logged and the loop goes on.
    /// </summary>
    public Func<IReadOnlyList<RefreshResult>, ValueTask>? PassCompleted { get; set; }

    /// <summary>
    /// Refreshes now, then at every interval, until <paramref name="cancellationToken"/> is cancelled; then returns.
    /// A pass that fails is logged and the loop goes on.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(refresher.Options.Interval, timeProvider);
        try
        {
            do
            {
                IReadOnlyList<RefreshResult> results;
                try
                {
                    results = await refresher.RefreshAllAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // The loop outlives any one pass.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    RefreshLog.PassFailed(logger, ex);
                    results = [];
                }

                if (PassCompleted is { } hook)
                {
                    try
                    {
                        await hook(results).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
#pragma warning disable CA1031 // A host's status update must not end the schedule.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        RefreshLog.PassHookFailed(logger, ex);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
    }
}
