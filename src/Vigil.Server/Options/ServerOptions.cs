using System.ComponentModel.DataAnnotations;

namespace Vigil.Server.Options;

/// <summary>Request limits of the HTTP API (section <c>Vigil:Server</c>). Bound and validated at start.</summary>
internal sealed class ServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Vigil:Server";

    /// <summary>
    /// Largest request body in bytes. Default 1 MiB: a full /v1/match batch of 100 queries with names, dates,
    /// countries and identifiers is about 30 KB, so 1 MiB leaves room without letting one request hold much memory.
    /// </summary>
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Largest list file (or ZIP archive of a list's files) <c>POST /v1/lists/{source}/import</c> takes, in bytes.
    /// Default 512 MiB, as a refresh download: far above any official list, and the body goes to disk, not memory.
    /// </summary>
    [Range(1024, 16L * 1024 * 1024 * 1024)]
    public long MaxImportBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// Longest name accepted, in characters. Default 500: the longest listed name is under 300 characters; anything
    /// longer is not a name but a paste, and the cost of scoring grows with its length.
    /// </summary>
    [Range(10, 10_000)]
    public int MaxNameLength { get; set; } = 500;

    /// <summary>Most queries in one /v1/match request. Default 100, as in yente: larger batches belong to <c>vigil batch</c>.</summary>
    [Range(1, 10_000)]
    public int MaxBatchQueries { get; set; } = 100;

    /// <summary>Most names screened for one /v1/match query (name, alias, previousName...). Default 10.</summary>
    [Range(1, 100)]
    public int MaxNamesPerQuery { get; set; } = 10;

    /// <summary>Results returned by /v1/search when the request gives no limit. Default 10, as <c>vigil screen</c>.</summary>
    [Range(1, 1000)]
    public int DefaultSearchLimit { get; set; } = 10;

    /// <summary>Results returned per /v1/match query when the request gives no limit. Default 5, as yente's /match.</summary>
    [Range(1, 1000)]
    public int DefaultMatchLimit { get; set; } = 5;

    /// <summary>
    /// Longest text /v1/screen/text accepts, in characters. Default 100,000: a long news article or a case file's
    /// notes; screening time grows with the text's length.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxTextLength { get; set; } = 100_000;

    /// <summary>Largest limit a request may ask for. Default 100: analysts do not read further.</summary>
    [Range(1, 1000)]
    public int MaxLimit { get; set; } = 100;
}
