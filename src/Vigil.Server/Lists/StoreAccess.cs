using Microsoft.Extensions.Options;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Storage.Store;

namespace Vigil.Server.Lists;

/// <summary>
/// Opens the list store on first use. The server screens from its loaded lists without a store; versions, diffs,
/// history and refresh status need one, and answer 503 while it cannot be opened (tried again after a pause).
/// </summary>
internal sealed class StoreAccess : IAsyncDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(30);
    private readonly ListStoreOptions storeOptions;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<StoreAccess> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private ListStore? store;
    private long failedAt = long.MinValue;

    public StoreAccess(IOptions<StoreOptions> options, TimeProvider timeProvider, ILogger<StoreAccess> logger)
    {
        var o = options.Value;
        storeOptions = new ListStoreOptions { DataDirectory = o.DataDirectory!, PostgresConnectionString = o.PostgresConnectionString };
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>The store, or null when it cannot be opened now.</summary>
    public async ValueTask<ListStore?> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref store) is { } open)
        {
            return open;
        }

        if (failedAt != long.MinValue && timeProvider.GetElapsedTime(failedAt) < RetryPause)
        {
            return null;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (store is not null)
            {
                return store;
            }

            var opened = await ListStore.OpenAsync(storeOptions, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref store, opened);
            return opened;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure to open leaves the server screening; the reason is logged, never sent to clients.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failedAt = timeProvider.GetTimestamp();
            var location = string.IsNullOrWhiteSpace(storeOptions.PostgresConnectionString) ? storeOptions.DatabasePath : "PostgreSQL";
            ServerLog.StoreUnavailable(logger, location, ex.Message);
            return null;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }

        gate.Dispose();
    }
}
