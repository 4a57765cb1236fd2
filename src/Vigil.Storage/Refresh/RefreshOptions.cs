using System.Collections.Immutable;

namespace Vigil.Storage.Refresh;

/// <summary>Tunables of list refresh. Hosts bind them from configuration and call <see cref="Validate"/> at start.</summary>
public sealed record RefreshOptions
{
    /// <summary>
    /// Time between scheduled refreshes. Default 1 hour: lists change at most a few times a day, and conditional
    /// requests make an unchanged check cost one 304 per file.
    /// </summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Time allowed for one attempt at one file, body included. Default 2 minutes: the largest official file (EU FSF
    /// XML, about 25 MB) needs well under that on a slow link, while a stalled server is given up on in time.
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after a failed attempt (5xx, 408, 429, network error, timeout). Default 3.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>
    /// Base delay before the first retry, doubled for each further one, with jitter. Default 5 seconds: enough for a
    /// load balancer to move off a bad node, short enough that three retries end within a minute.
    /// </summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Largest share of the current entity count a download may lose and still be applied; a bigger drop is held as
    /// "needs review". Default 0.05 (5%): real lists shrink by a handful of delistings at a time, while a truncated or
    /// half-generated file loses far more.
    /// </summary>
    public double MaxEntityDropShare { get; init; } = 0.05;

    /// <summary>Largest accepted file, in bytes. Default 512 MiB, far above any official list, to stop a runaway response.</summary>
    public long MaxDownloadBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Folder for download folders (each removed after use). Default null: the system temp folder.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>User-Agent sent with every request. Default names Vigil, as list publishers ask of robots.</summary>
    public string UserAgent { get; init; } = "Vigil-sanctions-screening/1.0";

    /// <summary>The lists to refresh. Default <see cref="RefreshSource.Defaults"/> (OFAC SDN and consolidated, UN, UK, EU).</summary>
    public ImmutableArray<RefreshSource> Sources { get; init; } = RefreshSource.Defaults;

    /// <summary>Checks every value, naming the first bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a value is out of range.</exception>
    /// <exception cref="ArgumentException">When the sources are missing or malformed.</exception>
    public void Validate()
    {
        Positive(Interval, nameof(Interval));
        Positive(AttemptTimeout, nameof(AttemptTimeout));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetryAttempts, nameof(MaxRetryAttempts));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetryAttempts, 100, nameof(MaxRetryAttempts));
        if (MaxRetryAttempts > 0)
        {
            Positive(RetryDelay, nameof(RetryDelay));
        }

        if (double.IsNaN(MaxEntityDropShare) || MaxEntityDropShare is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEntityDropShare), MaxEntityDropShare, "Must be at least 0 and below 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDownloadBytes, nameof(MaxDownloadBytes));
        if (Sources.IsDefault)
        {
            throw new ArgumentException("Sources must be set.", nameof(Sources));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in Sources)
        {
            if (string.IsNullOrWhiteSpace(source.Source) || !codes.Add(source.Source))
            {
                throw new ArgumentException($"Source code '{source.Source}' is blank or repeated.", nameof(Sources));
            }

            if (source.Files.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"Source '{source.Source}' has no files.", nameof(Sources));
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in source.Files)
            {
                if (!file.Url.IsAbsoluteUri || (file.Url.Scheme != Uri.UriSchemeHttps && file.Url.Scheme != Uri.UriSchemeHttp))
                {
                    throw new ArgumentException($"Source '{source.Source}': '{file.Url}' is not an absolute http(s) URL.", nameof(Sources));
                }

                if (string.IsNullOrWhiteSpace(file.FileName) || file.FileName.IndexOfAny(['/', '\\']) >= 0 || file.FileName is "." or ".." || !names.Add(file.FileName))
                {
                    throw new ArgumentException($"Source '{source.Source}': file name '{file.FileName}' is blank, a path or repeated.", nameof(Sources));
                }
            }
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
        }
    }
}
