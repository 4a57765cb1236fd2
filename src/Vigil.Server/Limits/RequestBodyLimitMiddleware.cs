using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Vigil.Server.Options;

namespace Vigil.Server.Limits;

/// <summary>
/// Caps request bodies at <see cref="ServerOptions.MaxRequestBodyBytes"/> whatever the server: a declared length
/// over the cap is refused at once with 413; a body of unknown length (chunked) is read up to the cap into memory
/// and refused with 413 when it goes past it, before any endpoint sees it. Kestrel enforces the same cap itself;
/// this keeps the rule under the test server and behind any other server. An endpoint marked with
/// <see cref="BodySizeLimit"/> (list imports) gets its own cap instead, is not buffered, and counts what it reads itself.
/// </summary>
internal sealed class RequestBodyLimitMiddleware
{
    private readonly RequestDelegate next;
    private readonly long max;

    public RequestBodyLimitMiddleware(RequestDelegate next, IOptions<ServerOptions> options)
    {
        this.next = next;
        max = options.Value.MaxRequestBodyBytes;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>() is { MaxRequestBodySize: { } own })
        {
            if (request.ContentLength > own)
            {
                throw TooLarge(own);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
            {
                kestrel.MaxRequestBodySize = own;
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        if (request.ContentLength is { } length)
        {
            if (length > max)
            {
                throw TooLarge(max);
            }
        }
        else if (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
        {
            request.Body = await BufferAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        }

        await next(context).ConfigureAwait(false);
    }

    private async Task<MemoryStream> BufferAsync(Stream body, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int n;
            while ((n = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (copy.Length + n > max)
                {
                    throw TooLarge(max);
                }

                copy.Write(chunk, 0, n);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        copy.Position = 0;
        return copy;
    }

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
}
