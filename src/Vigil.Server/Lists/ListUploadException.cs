namespace Vigil.Server.Lists;

/// <summary>An uploaded list the server will not read; the message is for the client and names no server path.</summary>
internal sealed class ListUploadException : Exception
{
    public ListUploadException(string message, int statusCode = StatusCodes.Status400BadRequest)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public ListUploadException()
    {
    }

    public ListUploadException(string message)
        : base(message)
    {
    }

    public ListUploadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>400, or 413 for a body over the limit.</summary>
    public int StatusCode { get; } = StatusCodes.Status400BadRequest;
}
