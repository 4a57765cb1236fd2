using System.Globalization;
using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Vigil.Storage.Refresh;

/// <summary>
/// Fetches one file with conditional headers, a per-attempt timeout that covers the body, and retries with
/// exponential backoff and jitter for transient failures. Refuses what is not list data: HTML pages (even with
/// status 200), empty bodies, bodies shorter than announced, oversized bodies.
/// </summary>
internal sealed class ListDownloader
{
    private const int CopyBufferSize = 81920;

    private readonly HttpClient http;
    private readonly RefreshOptions options;
    private readonly ResiliencePipeline pipeline;

    public ListDownloader(HttpClient http, RefreshOptions options, TimeProvider timeProvider)
    {
        this.http = http;
        this.options = options;
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome.Exception, args.Context.CancellationToken)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        pipeline = builder.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>Attempts made for a failure that was retried to the end.</summary>
    public int MaxAttempts => options.MaxRetryAttempts + 1;

    /// <summary>Downloads a file to <paramref name="path"/>, or reports it not modified.</summary>
    public Task<FileDownload> DownloadAsync(RemoteFile file, string path, HttpValidators? validators, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<FileDownload>(state.Self.AttemptAsync(state.File, state.Path, state.Validators, token)),
            (Self: this, File: file, Path: path, Validators: validators),
            cancellationToken).AsTask();

    /// <summary>Whether a failure may go away on a retry.</summary>
    internal static bool IsTransient(Exception? exception, CancellationToken callerToken) => exception switch
    {
        null => false,
        DownloadException download => download.Transient,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        IOException => true,

        // HttpClient's own timeout surfaces as a cancellation nobody asked for.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>True when the bytes start like an HTML document (after a BOM and white space).</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        while (!head.IsEmpty && head[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            head = head[1..];
        }

        Span<byte> lower = stackalloc byte[Math.Min(head.Length, 14)];
        for (var i = 0; i < lower.Length; i++)
        {
            var b = head[i];
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        }

        return lower.StartsWith("<!doctype html"u8) || lower.StartsWith("<html"u8);
    }

    private async Task<FileDownload> AttemptAsync(RemoteFile file, string path, HttpValidators? validators, CancellationToken cancellationToken)
    {
        var url = file.Url.AbsoluteUri;
        using var request = new HttpRequestMessage(HttpMethod.Get, file.Url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return validators is not null
                ? new FileDownload(file, true, 0, validators)
                : throw new DownloadException($"{url} answered 304 Not Modified to an unconditional request", transient: false);
        }

        if (!response.IsSuccessStatusCode)
        {
            var code = (int)response.StatusCode;
            var transient = code >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            throw new DownloadException($"{url} answered HTTP {code} {response.ReasonPhrase}".TrimEnd(), transient);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase) || string.Equals(mediaType, "application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
        {
            throw new DownloadException($"{url} answered with an HTML page ({mediaType}), not list data", transient: false);
        }

        var declared = response.Content.Headers.ContentLength;
        if (declared > options.MaxDownloadBytes)
        {
            throw new DownloadException($"{url} announced {declared} bytes, over the {options.MaxDownloadBytes}-byte limit", transient: false);
        }

        var written = await CopyToFileAsync(response, path, url, cancellationToken).ConfigureAwait(false);
        if (declared is { } expected && written != expected)
        {
            throw new DownloadException($"{url} sent {written} of the {expected} bytes it announced", transient: true);
        }

        if (written == 0)
        {
            throw new DownloadException($"{url} answered with an empty body", transient: false);
        }

        var head = new byte[512];
        int read;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        }

        if (LooksLikeHtml(head.AsSpan(0, read)))
        {
            throw new DownloadException($"{url} answered with an HTML page ({mediaType ?? "no content type"}), not list data", transient: false);
        }

        var lastModifiedHeader = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? string.Join(", ", values) : null;
        return new FileDownload(file, false, written, new HttpValidators(url, response.Headers.ETag?.ToString(), lastModifiedHeader));
    }

    private async Task<long> CopyToFileAsync(HttpResponseMessage response, string path, string url, CancellationToken cancellationToken)
    {
        var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, CopyBufferSize, useAsync: true);
            await using (target.ConfigureAwait(false))
            {
                var buffer = new byte[CopyBufferSize];
                long total = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > options.MaxDownloadBytes)
                    {
                        throw new DownloadException($"{url} sent more than the {options.MaxDownloadBytes}-byte limit", transient: false);
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                return total;
            }
        }
    }

    /// <summary>A failure as one line for the status.</summary>
    internal string Describe(Exception exception) => exception switch
    {
        DownloadException download when download.Transient => $"{download.Message} (gave up after {MaxAttempts} attempts)",
        DownloadException download => download.Message,
        TimeoutRejectedException => string.Create(CultureInfo.InvariantCulture, $"timed out after {options.AttemptTimeout.TotalSeconds:0.###} s per attempt ({MaxAttempts} attempts)"),
        HttpRequestException http => $"network error: {http.Message} (gave up after {MaxAttempts} attempts)",
        IOException io => $"transfer broke off: {io.Message} (gave up after {MaxAttempts} attempts)",
        OperationCanceledException => $"timed out by the HTTP client ({MaxAttempts} attempts)",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
