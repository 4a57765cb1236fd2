namespace Vigil.Storage.Refresh;

/// <summary>A download the server answered, but not with usable list data.</summary>
internal sealed class DownloadException : Exception
{
    public DownloadException(string message, bool transient)
        : base(message)
    {
        Transient = transient;
    }

    public DownloadException()
    {
    }

    public DownloadException(string message)
        : base(message)
    {
    }

    public DownloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when trying again may help (5xx, 408, 429, a body cut short).</summary>
    public bool Transient { get; }
}
