using Microsoft.AspNetCore.Http.HttpResults;

namespace Vigil.Server.Screening;

/// <summary>Problem Details answers shared by the endpoints.</summary>
internal static class ApiProblems
{
    /// <summary>Seconds a client should wait while the lists load.</summary>
    private const string LoadingRetrySeconds = "5";

    /// <summary>503 while the lists are loading, with Retry-After.</summary>
    public static ProblemHttpResult ListsLoading(HttpContext context)
    {
        context.Response.Headers.RetryAfter = LoadingRetrySeconds;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The lists are loading",
            detail: "The server has started but has not finished loading the sanctions lists. /readyz turns ready when it has.");
    }

    /// <summary>503 when the list store cannot be opened.</summary>
    public static ProblemHttpResult StoreUnavailable() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The list store is unavailable",
            detail: "List versions, diffs and history come from the list store, which cannot be opened now. The server log says why.");

    /// <summary>400 with errors by field.</summary>
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid");

    /// <summary>404 for an unknown thing.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);
}
