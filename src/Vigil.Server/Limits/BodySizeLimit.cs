using Microsoft.AspNetCore.Http.Metadata;

namespace Vigil.Server.Limits;

/// <summary>
/// Endpoint metadata: this endpoint takes bodies up to <see cref="MaxRequestBodySize"/> bytes, above the server-wide
/// cap, and reads them as a stream (see <see cref="RequestBodyLimitMiddleware"/>).
/// </summary>
internal sealed class BodySizeLimit : IRequestSizeLimitMetadata
{
    public BodySizeLimit(long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        MaxRequestBodySize = maxBytes;
    }

    /// <summary>The largest body, in bytes.</summary>
    public long? MaxRequestBodySize { get; }
}
