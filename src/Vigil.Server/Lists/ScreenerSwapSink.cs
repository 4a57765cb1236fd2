using Vigil.Storage.Events;

namespace Vigil.Server.Lists;

/// <summary>
/// Puts every version the server's importer applies (schedule, API import, API refresh) in service before the
/// import returns, so a client that imported a list finds its entities at its next search.
/// </summary>
/// <remarks>
/// A failure here is logged by the importer and the version stays applied; the status poll swaps it in later.
/// </remarks>
internal sealed class ScreenerSwapSink : IListChangeSink
{
    private readonly ScreeningUpdater updater;

    public ScreenerSwapSink(ScreeningUpdater updater)
    {
        this.updater = updater;
    }

    public async ValueTask PublishAsync(ListChange change, CancellationToken cancellationToken) =>
        await updater.SyncAsync(cancellationToken).ConfigureAwait(false);
}
