using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vigil.Matching.Screening;
using Vigil.Screening.Contracts;
using Vigil.Server.Json;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Screening;

namespace Vigil.Server.Matching;

/// <summary><c>POST /v1/match</c>: a batch of structured queries, answered per key in the shape of yente's <c>/match</c>.</summary>
internal static class MatchApi
{
    public static IEndpointRouteBuilder MapMatchApi(this IEndpointRouteBuilder v1)
    {
        v1.MapPost("/match", Match)
            .WithName("Match")
            .WithTags("Screening")
            .Produces<MatchResponse>()
            .WithSummary("Match a batch of structured queries (yente-compatible)")
            .WithDescription("Takes queries in FollowTheMoney form under keys of the caller's choosing and answers each under its key with status, results and total, as OpenSanctions yente's /match does. A query that cannot be read gets status 400 with its errors; the others are answered. See docs/api.md for the property mapping.");
        return v1;
    }

    internal static Results<JsonHttpResult<MatchResponse>, ValidationProblem, ProblemHttpResult> Match(
        [FromBody] MatchRequest request,
        [FromQuery] int? limit,
        [FromQuery] double? threshold,
        HttpContext context,
        ScreeningState state,
        IOptions<ServerOptions> options,
        VigilMetrics metrics)
    {
        var o = options.Value;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Queries is null || request.Queries.Count == 0)
        {
            errors["queries"] = ["At least one query is required."];
        }
        else if (request.Queries.Count > o.MaxBatchQueries)
        {
            errors["queries"] = [$"A batch has at most {o.MaxBatchQueries} queries; this one has {request.Queries.Count}."];
        }

        if (!ScreeningRequest.TryBindQuery(limit, o.DefaultMatchLimit, threshold, o, errors, context, state, out var bound, out var refusal))
        {
            return refusal.As<MatchResponse>();
        }

        var (screener, n, cut) = bound;
        var responses = new Dictionary<string, MatchQueryResponse>(request.Queries!.Count, StringComparer.Ordinal);
        var screened = 0;
        var matches = 0;
        foreach (var (key, query) in request.Queries)
        {
            var queryErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (query is null || FtmQueryReader.Read(query, o.MaxNameLength, o.MaxNamesPerQuery, queryErrors) is not { } read)
            {
                if (query is null)
                {
                    queryErrors["query"] = ["The query is empty."];
                }

                responses[key] = new MatchQueryResponse(StatusCodes.Status400BadRequest, [], new MatchTotal(0), query ?? new MatchQuery(null, null), queryErrors);
                continue;
            }

            var results = Screen(screener, read.Names, read.Template, n, cut);
            screened += read.Names.Length;
            foreach (var r in results)
            {
                matches += r.Match ? 1 : 0;
            }

            responses[key] = new MatchQueryResponse(StatusCodes.Status200OK, results, new MatchTotal(results.Length), query, null);
        }

        metrics.Screened("match", screened, matches);
        return TypedResults.Json(new MatchResponse(responses, n, cut), ServerJson.Default.MatchResponse);
    }

    /// <summary>Screens every name of a query, each entity keeping its best hit.</summary>
    private static ImmutableArray<MatchResult> Screen(Screener screener, ImmutableArray<string> names, ScreeningQuery template, int limit, double threshold)
    {
        var hits = screener.ScreenEach(template, names, limit, threshold);
        var results = ImmutableArray.CreateBuilder<MatchResult>(Math.Min(limit, hits.Count));
        for (var i = 0; i < hits.Count && i < limit; i++)
        {
            results.Add(MatchResult.From(ContractMapper.ToResult(hits[i])));
        }

        return results.ToImmutable();
    }
}
