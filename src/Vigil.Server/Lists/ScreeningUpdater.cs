using System.Collections.Immutable;
using System.Diagnostics;
using Vigil.Model;
using Vigil.Screening.Lists;
using Vigil.Server.Operations;
using Vigil.Storage.Store;

namespace Vigil.Server.Lists;

/// <summary>
/// Keeps what the server screens against equal to the list store's current versions. For each source the store
/// holds, its current (newest applied) version is served instead of the list's files; a version applied later (by
/// the schedule, an API import, or <c>vigil import</c> / <c>vigil update</c> in another process) is swapped in whole:
/// a new screener is built beside the one serving and replaces it in one step, so requests never wait and a failure
/// leaves the previous lists in service.
/// </summary>
internal sealed class ScreeningUpdater : IDisposable
{
    private readonly ScreeningState state;
    private readonly StoreAccess access;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ScreeningUpdater> logger;

    // One rebuild at a time, each starting from the lists served when it begins.
    private readonly SemaphoreSlim gate = new(1, 1);

    public ScreeningUpdater(ScreeningState state, StoreAccess access, TimeProvider timeProvider, ILogger<ScreeningUpdater> logger)
    {
        this.state = state;
        this.access = access;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>
    /// Puts the lists read from files in service, with the store's current version in place of each source the store
    /// holds, building one screener over what is served (<paramref name="build"/>). When the store cannot be read, or
    /// the screener over its versions cannot be built, the files are served and the log says why.
    /// </summary>
    public async Task<LoadedScreening> StartAsync(ListFiles files, Func<ListFiles, LoadedLists> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(build);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ListFiles? merged = null;
            try
            {
                if (await access.GetAsync(cancellationToken).ConfigureAwait(false) is { } store
                    && await MergeAsync(files.DataDirectory, files.Lists, store, cancellationToken).ConfigureAwait(false) is { } read)
                {
                    merged = read with { LoadTime = files.LoadTime + read.LoadTime };
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                ServerLog.StoreVersionsUnread(logger, files.DataDirectory, ex.Message);
            }

            LoadedLists? lists = null;
            if (merged is not null)
            {
                try
                {
                    lists = await Task.Run(() => build(merged), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
                {
                    ServerLog.StoreVersionsUnbuilt(logger, files.DataDirectory, ex.Message);
                }
            }

            lists ??= await Task.Run(() => build(files), cancellationToken).ConfigureAwait(false);
            var screening = new LoadedScreening(lists, timeProvider.GetUtcNow());
            state.Set(screening);
            return screening;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Swaps in the store's current version of every source whose content differs from what is served. Returns true
    /// when new lists were put in service; false when nothing differed, the lists are still loading, or the store
    /// cannot be opened. A failure to read the store or build the screener is thrown; the served lists stay.
    /// </summary>
    public async Task<bool> SyncAsync(CancellationToken cancellationToken)
    {
        if (await access.GetAsync(cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return false;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (state.Current is not { } served
                || await MergeAsync(served.Lists.DataDirectory, served.Lists.Lists, store, cancellationToken).ConfigureAwait(false) is not { } merged)
            {
                return false;
            }

            var options = served.Lists.Screener.Options;
            var lists = await Task.Run(() => LoadedLists.Build(merged, options), cancellationToken).ConfigureAwait(false);
            var screening = new LoadedScreening(lists, timeProvider.GetUtcNow());

            // Built before the swap, so the first text or payment request after it does not wait for them.
            screening.Warm(logger);
            state.Set(screening);
            ServerLog.ScreenerSwapped(logger, lists.Lists.Length, lists.Screener.Entities.Length, lists.Screener.NameCount, (long)lists.LoadTime.TotalMilliseconds, (long)lists.IndexTime.TotalMilliseconds);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>
    /// The served lists with each source's store version in place where its content differs, and sources only the
    /// store holds added, with the time reading them took; null when nothing differs.
    /// </summary>
    private async Task<ListFiles?> MergeAsync(string dataDirectory, ImmutableArray<ListSnapshot> served, ListStore store, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var replacements = new Dictionary<string, ListSnapshot>(StringComparer.Ordinal);
        foreach (var status in await store.GetStatusesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (status.CurrentVersionId is not { } id
                || await store.GetVersionAsync(id, cancellationToken).ConfigureAwait(false) is not { } version)
            {
                continue;
            }

            var loaded = Find(served, status.Source);
            if (loaded is not null && string.Equals(loaded.ContentHash, version.ContentHash, StringComparison.Ordinal))
            {
                continue;
            }

            replacements[status.Source] = await store.LoadSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
            ServerLog.ServingStoreVersion(logger, version.Source, version.Number, version.EntityCount, store.Location);
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var lists = ImmutableArray.CreateBuilder<ListSnapshot>(served.Length + replacements.Count);
        foreach (var list in served)
        {
            lists.Add(replacements.Remove(list.Source, out var replacement) ? replacement : list);
        }

        foreach (var code in ListSources.All)
        {
            if (replacements.Remove(code, out var added))
            {
                lists.Add(added);
            }
        }

        // Sources outside ListSources (none today) keep a stable order after the known ones.
        foreach (var (_, added) in replacements.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            lists.Add(added);
        }

        return new ListFiles(dataDirectory, lists.ToImmutable(), clock.Elapsed);
    }

    private static ListSnapshot? Find(ImmutableArray<ListSnapshot> lists, string source)
    {
        foreach (var list in lists)
        {
            if (string.Equals(list.Source, source, StringComparison.Ordinal))
            {
                return list;
            }
        }

        return null;
    }
}
