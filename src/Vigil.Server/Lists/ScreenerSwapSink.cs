using Vigil.Storage.Events;

namespace Vigil.Server.Lists;

/// <summary>
/// Puts every version the server's importer applies (schedule, API import, API refresh) in service before the
/// import returns, so a client that imported a list finds its entities at its next search. The store's status is
/// read first: a client that finds the new entities also finds the new version in <c>/v1/lists</c>, where a
/// scheduled refresh's status was read only after its whole pass, and a list served from it showed no store status
/// meanwhile.
/// </summary>
/// <remarks>
/// A failure here is logged by the importer and the version stays applied; the status poll swaps it in later.
/// </remarks>
internal sealed class ScreenerSwapSink : IListChangeSink
{
    private readonly ScreeningUpdater updater;
    private readonly StoreStatusPoller status;

    public ScreenerSwapSink(ScreeningUpdater updater, StoreStatusPoller status)
    {
        this.updater = updater;
        this.status = status;
    }

    public async ValueTask PublishAsync(ListChange change, CancellationToken cancellationToken)
    {
        await status.ReadStatusAsync(cancellationToken).ConfigureAwait(false);
        await updater.SyncAsync(cancellationToken).ConfigureAwait(false);
    }
}
