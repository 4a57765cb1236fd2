using System.ComponentModel.DataAnnotations;

namespace Vigil.Server.Options;

/// <summary>API key handling (section <c>Vigil:Security</c>). Bound and validated at start.</summary>
internal sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Vigil:Security";

    /// <summary>
    /// Allows requests without a key, as an administrator, when every address the server is bound to is loopback.
    /// Default false. The server refuses to start when this is set and an address is not loopback.
    /// </summary>
    public bool InsecureLocal { get; set; }

    /// <summary>
    /// How long the in-memory copy of the key table is trusted before it is read again. Default 5 seconds: a key
    /// revoked with <c>vigil keys revoke</c> stops working within that time, and the table is read at most once per
    /// interval however busy the server is.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Least time between two reads of the key table caused by unknown keys. Default 1 second: a key created a moment
    /// ago works at once, while a client sending wrong keys cannot make the server read the table on every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan UnknownKeyReloadInterval { get; set; } = TimeSpan.FromSeconds(1);
}
