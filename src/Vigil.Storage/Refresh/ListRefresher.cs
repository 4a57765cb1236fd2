using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Model;
using Vigil.Sources;
using Vigil.Storage.Store;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Refresh;

/// <summary>
/// Fetches official list files, parses each download completely with its source's reader, checks it and imports
/// it. A failed, partial or suspicious download never replaces the current version, and a refresh never throws
/// (except when its caller cancels it): every outcome ends as a <see cref="RefreshResult"/> and a stored
/// <see cref="SourceStatus"/>.
/// </summary>
public sealed class ListRefresher
{
    private readonly ListImporter importer;
    private readonly ListCatalog catalog;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly ListDownloader downloader;

    /// <summary>Creates a refresher.</summary>
    /// <param name="httpClient">
    /// The client to fetch with (hosts pass one from IHttpClientFactory). Set its <see cref="HttpClient.Timeout"/> to
    /// infinite or above <see cref="RefreshOptions.AttemptTimeout"/>: the refresher applies its own timeouts.
    /// </param>
    /// <param name="importer">Stores applied and held versions; its store also keeps the refresh status.</param>
    /// <param name="catalog">The readers, looked up by source code.</param>
    /// <param name="options">URLs, timeouts, retries and the sanity threshold; validated here.</param>
    /// <param name="timeProvider">Clock for status times, timeouts and backoff; default the system clock.</param>
    /// <param name="logger">Logger; default none.</param>
    public ListRefresher(HttpClient httpClient, ListImporter importer, ListCatalog catalog, RefreshOptions options, TimeProvider? timeProvider = null, ILogger<ListRefresher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.importer = importer;
        this.catalog = catalog;
        Options = options;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        downloader = new ListDownloader(httpClient, options, this.timeProvider);
    }

    /// <summary>The options in force.</summary>
    public RefreshOptions Options { get; }

    private ListStore Store => importer.Store;

    /// <summary>Refreshes every configured source in turn.</summary>
    public async Task<IReadOnlyList<RefreshResult>> RefreshAllAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<RefreshResult>(Options.Sources.Length);
        foreach (var source in Options.Sources)
        {
            results.Add(await RefreshAsync(source.Source, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Refreshes one configured source.</summary>
    /// <exception cref="ArgumentException">When the source is not configured in <see cref="RefreshOptions.Sources"/>.</exception>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<RefreshResult> RefreshAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var config = FindSource(source)
            ?? throw new ArgumentException($"Source '{source}' is not configured for refresh.", nameof(source));
        RefreshResult result;
        try
        {
            result = await RefreshCoreAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A refresh reports every failure as its status; it must never take the loop down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            RefreshLog.Unexpected(logger, ex, source);
            result = new RefreshResult(source, RefreshOutcome.Failed, $"unexpected error: {ex.GetType().Name}: {ex.Message}", null);
        }

        await RecordAsync(result, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case RefreshOutcome.Failed:
                RefreshLog.Failed(logger, source, result.Message);
                break;
            case RefreshOutcome.Held:
                RefreshLog.Held(logger, source, result.Message);
                break;
            default:
                RefreshLog.Finished(logger, source, result.Outcome, result.Message);
                break;
        }

        return result;
    }

    private RefreshSource? FindSource(string source)
    {
        foreach (var candidate in Options.Sources)
        {
            if (string.Equals(candidate.Source, source, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    private async Task<RefreshResult> RefreshCoreAsync(RefreshSource config, CancellationToken cancellationToken)
    {
        var source = config.Source;
        var current = await Store.GetCurrentVersionAsync(source, cancellationToken).ConfigureAwait(false);
        var reader = catalog.Find(source);
        if (reader is null)
        {
            return Failed($"no reader for source '{source}' in the catalogue");
        }

        var stored = await Store.GetValidatorsAsync(source, cancellationToken).ConfigureAwait(false);
        var conditional = true;
        foreach (var file in config.Files)
        {
            conditional &= stored.ContainsKey(file.Url.AbsoluteUri);
        }

        var folder = Path.Combine(Options.WorkDirectory ?? Path.GetTempPath(), "vigil-refresh-" + source + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var downloads = new FileDownload[config.Files.Length];
            var allNotModified = true;
            for (var i = 0; i < downloads.Length; i++)
            {
                var file = config.Files[i];
                var (download, error) = await TryDownloadAsync(file, folder, conditional ? stored[file.Url.AbsoluteUri] : null, cancellationToken).ConfigureAwait(false);
                if (download is null)
                {
                    return Failed(error!);
                }

                downloads[i] = download;
                allNotModified &= download.NotModified;
            }

            if (allNotModified)
            {
                return new RefreshResult(source, RefreshOutcome.NotModified, "not modified since the last download (HTTP 304)", current);
            }

            // Some files changed: the reader needs every file of the publication, so fetch the rest in full.
            for (var i = 0; i < downloads.Length; i++)
            {
                if (!downloads[i].NotModified)
                {
                    continue;
                }

                var (download, error) = await TryDownloadAsync(config.Files[i], folder, null, cancellationToken).ConfigureAwait(false);
                if (download is null)
                {
                    return Failed(error!);
                }

                downloads[i] = download;
            }

            ListSnapshot snapshot;
            try
            {
                snapshot = await Task.Run(() => reader.Load(folder, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (ListFormatException ex)
            {
                // The download folder is temporary and already gone when anyone reads this: name the file only.
                return Failed($"the download does not parse: {Path.GetFileName(ex.File)}: {ex.Location}: {ex.Problem}");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                return Failed($"the download does not parse: {ex.GetType().Name}: {ex.Message}");
            }

            if (!string.Equals(snapshot.Source, source, StringComparison.Ordinal))
            {
                return Failed($"the reader returned source '{snapshot.Source}', not '{source}'");
            }

            if (snapshot.Entities.IsDefaultOrEmpty)
            {
                return Failed("the download holds no entities");
            }

            snapshot = snapshot with { Origin = string.Join(' ', config.Files.Select(f => f.Url.AbsoluteUri)) };
            var validators = downloads.Select(d => d.Validators).ToList();
            var result = await ImportAsync(snapshot, current, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != RefreshOutcome.Failed)
            {
                // Validators are kept only for content that was stored or matched, so a failed download is fetched again in full.
                await Store.SaveValidatorsAsync(source, validators, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            DeleteFolder(folder);
        }

        RefreshResult Failed(string message) => new(source, RefreshOutcome.Failed, message, current);
    }

    private async Task<(FileDownload? Download, string? Error)> TryDownloadAsync(RemoteFile file, string folder, HttpValidators? validators, CancellationToken cancellationToken)
    {
        try
        {
            return (await downloader.DownloadAsync(file, Path.Combine(folder, file.FileName), validators, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            return (null, $"{file.FileName}: {downloader.Describe(ex)}");
        }
    }

    private async Task<RefreshResult> ImportAsync(ListSnapshot snapshot, ListVersion? current, CancellationToken cancellationToken)
    {
        var source = snapshot.Source;
        if (current is not null && string.Equals(current.ContentHash, snapshot.ContentHash, StringComparison.Ordinal))
        {
            return new RefreshResult(source, RefreshOutcome.Unchanged, $"content equals version {current.Number}", current);
        }

        try
        {
            if (EntityCountCheck.HoldReason(current, snapshot.Entities.Length, Options.MaxEntityDropShare) is { } reason)
            {
                var held = await importer.HoldAsync(snapshot, reason, cancellationToken).ConfigureAwait(false);
                return held.Outcome == ImportOutcome.Held
                    ? new RefreshResult(source, RefreshOutcome.Held, $"needs review: version {held.Version.Number} held, {reason}", current, held.Version)
                    : new RefreshResult(source, RefreshOutcome.Unchanged, $"content equals version {held.Version.Number}", held.Version);
            }

            var imported = await importer.ImportAsync(snapshot, cancellationToken).ConfigureAwait(false);
            return imported.Outcome == ImportOutcome.Applied
                ? new RefreshResult(source, RefreshOutcome.Applied, $"applied version {imported.Version.Number} ({imported.Version.EntityCount} entities, {imported.Version.Changes})", imported.Version, null, imported.Change)
                : new RefreshResult(source, RefreshOutcome.Unchanged, $"content equals version {imported.Version.Number}", imported.Version);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            return new RefreshResult(source, RefreshOutcome.Failed, $"import failed: {ex.GetType().Name}: {ex.Message}", current);
        }
    }

    private async Task RecordAsync(RefreshResult result, CancellationToken cancellationToken)
    {
        try
        {
            await Store.RecordRefreshAsync(result.Source, result.Outcome, result.Message, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            RefreshLog.StatusNotRecorded(logger, ex, result.Source);
        }
    }

    private void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            RefreshLog.CleanupFailed(logger, ex, folder);
        }
    }
}
