using Microsoft.AspNetCore.Http.HttpResults;

namespace Vigil.Server.Screening;

/// <summary>Why a screening request is not screened: its errors (400), or the lists still loading (503).</summary>
/// <param name="Invalid">The 400 answer, when the request has errors.</param>
/// <param name="Unavailable">The 503 answer, when the request is valid but the lists are loading.</param>
internal readonly record struct Refusal(ValidationProblem? Invalid, ProblemHttpResult? Unavailable)
{
    /// <summary>The answer, as the result type of an endpoint answering <typeparamref name="T"/>.</summary>
    public Results<JsonHttpResult<T>, ValidationProblem, ProblemHttpResult> As<T>() => Invalid is { } invalid ? invalid : Unavailable!;
}
