using System.ComponentModel.DataAnnotations;

namespace Vigil.Server.Options;

/// <summary>
/// Fetching the official lists from inside the server (section <c>Vigil:Refresh</c>): the schedule, where the files
/// are, and the tunables of each download. Bound and validated at start. <c>POST /v1/lists/{source}/refresh</c> uses
/// the same URLs and tunables whether or not the schedule is on.
/// </summary>
internal sealed class RefreshScheduleOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Vigil:Refresh";

    /// <summary>
    /// Time between scheduled refreshes; the first runs once the lists are loaded. Default null: no schedule. A server
    /// inside a bank often has no route to the publishers, and what it screens against should change only when its
    /// operator chose that; <c>vigil serve --refresh-interval 1h</c> turns it on (an hour is what <c>vigil update</c>
    /// from cron would do: lists change a few times a day, and an unchanged list costs one 304 per file).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan? Interval { get; set; }

    /// <summary>
    /// Source codes the schedule refreshes. Default empty: every loaded list that has a download (OFAC SDN and
    /// consolidated, UN, UK, EU), so the schedule keeps fresh what the server screens against and adds nothing else.
    /// </summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>
    /// Base URL of an internal mirror of the official files: each file is fetched from
    /// <c>&lt;Mirror&gt;/&lt;source&gt;/&lt;file name&gt;</c> (<c>.../ofac-sdn/sdn.csv</c>). Default null: the publishers' URLs.
    /// </summary>
    public string? Mirror { get; set; }

    /// <summary>
    /// One file's URL by source and file name (<c>Vigil:Refresh:Urls:un-sc:consolidated.xml</c>), over the mirror
    /// and the defaults; for a publisher that moved a file before Vigil learned of it. Default none.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Urls { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Time allowed for one attempt at one file, body included. Default 2 minutes, as <c>vigil update</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after a failed attempt (5xx, 408, 429, network error, timeout). Default 3, as <c>vigil update</c>.</summary>
    [Range(0, 100)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay before the first retry, doubled for each further one. Default 5 seconds, as <c>vigil update</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Largest share of a list's entities a download or an API import may lose and still be applied; a bigger drop is
    /// held for review. Default 0.05 (5%), as <c>vigil update</c>: real lists shrink by a few delistings at a time.
    /// </summary>
    [Range(0.0, 0.999)]
    public double MaxEntityDropShare { get; set; } = 0.05;
}
