using System.Collections.Immutable;
using Vigil.Server.Options;
using Vigil.Sources;
using Vigil.Storage.Refresh;

namespace Vigil.Server.Refresh;

/// <summary>Turns the server's refresh options into the storage library's, URLs resolved.</summary>
internal static class RefreshSettings
{
    /// <summary>
    /// Every list with a download and a reader (OFAC SDN and consolidated, UN, UK, EU), each file's URL the configured
    /// one, else the mirror's, else the publisher's; with the configured timeouts, retries and drop share. The interval
    /// is the schedule's (or the storage default when there is none: the scheduler is then never run).
    /// </summary>
    /// <exception cref="ArgumentException">When a URL, source or file name in the options is not usable; the message names it.</exception>
    public static RefreshOptions Build(RefreshScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Uri? mirror = null;
        if (!string.IsNullOrWhiteSpace(options.Mirror) && !TryHttpUrl(options.Mirror, out mirror))
        {
            throw new ArgumentException($"Vigil:Refresh:Mirror '{options.Mirror}' is not an absolute http(s) URL.");
        }

        var sources = ImmutableArray.CreateBuilder<RefreshSource>();
        foreach (var source in RefreshSource.Defaults)
        {
            if (ListCatalog.Default.Find(source.Source) is null)
            {
                continue;
            }

            var configured = mirror is null ? source : source.Mirrored(mirror);
            if (options.Urls.TryGetValue(source.Source, out var files))
            {
                foreach (var (file, url) in files)
                {
                    if (!TryHttpUrl(url, out var uri))
                    {
                        throw new ArgumentException($"Vigil:Refresh:Urls:{source.Source}:{file} '{url}' is not an absolute http(s) URL.");
                    }

                    configured = configured.WithFileUrl(file, uri);
                }
            }

            sources.Add(configured);
        }

        foreach (var source in options.Urls.Keys)
        {
            if (!sources.Any(s => string.Equals(s.Source, source, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"Vigil:Refresh:Urls: '{source}' is not a list with a download; those are {Codes(sources)}.");
            }
        }

        foreach (var source in options.Sources)
        {
            if (!sources.Any(s => string.Equals(s.Source, source, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"Vigil:Refresh:Sources: '{source}' is not a list with a download; those are {Codes(sources)}.");
            }
        }

        var built = new RefreshOptions
        {
            Interval = options.Interval ?? new RefreshOptions().Interval,
            AttemptTimeout = options.AttemptTimeout,
            MaxRetryAttempts = options.MaxRetryAttempts,
            RetryDelay = options.RetryDelay,
            MaxEntityDropShare = options.MaxEntityDropShare,
            Sources = sources.ToImmutable(),
        };
        built.Validate();
        return built;
    }

    /// <summary>An argument exception's message without the parameter suffix the runtime appends.</summary>
    public static string Describe(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : exception.Message;
    }

    private static string Codes(IEnumerable<RefreshSource> sources) => string.Join(", ", sources.Select(s => s.Source));

    private static bool TryHttpUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
