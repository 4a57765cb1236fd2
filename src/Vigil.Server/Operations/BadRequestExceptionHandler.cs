using Microsoft.AspNetCore.Diagnostics;

namespace Vigil.Server.Operations;

/// <summary>
/// Answers a request the server could not read (bad parameter, malformed JSON, body too large) with Problem Details
/// carrying the framework's message, which names the parameter and never the server's internals. Other exceptions
/// fall through to the generic 500 answer, which says nothing of them.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService problems;
    private readonly ILogger<BadRequestExceptionHandler> logger;

    public BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger)
    {
        this.problems = problems;
        this.logger = logger;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || bad.StatusCode >= 500)
        {
            return false;
        }

        ServerLog.BadRequest(logger, bad.StatusCode, bad.Message);
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Detail = bad.Message,
            },
        }).ConfigureAwait(false);
    }
}
