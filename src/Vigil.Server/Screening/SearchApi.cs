using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vigil.Matching.Screening;
using Vigil.Screening.Contracts;
using Vigil.Server.Json;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;

namespace Vigil.Server.Screening;

/// <summary><c>GET /v1/search</c>: one name, as <c>vigil screen --json</c>.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("Screening")
            .Produces<ScreeningResponse>()
            .WithSummary("Screen one name, or a party by an identifier")
            .WithDescription("Screens a name, with optional type, date of birth, countries, gender and identifiers (`id=passport:K1234567:IR`, repeatable; an identifier listed for an entity finds it whatever its name; with an identifier the name may be left out, `id=crypto:ADDRESS` asks whether a wallet is listed), against the loaded lists. The answer is the JSON of `vigil screen --json`: results best first, each with its score, `match` at the threshold, and the explanation.");
        return v1;
    }

    internal static Results<JsonHttpResult<ScreeningResponse>, ValidationProblem, ProblemHttpResult> Search(
        [FromQuery] string? name,
        [FromQuery] string? type,
        [FromQuery] string? dob,
        [FromQuery] string[]? country,
        [FromQuery] string? gender,
        [FromQuery] string[]? id,
        [FromQuery] int? limit,
        [FromQuery] double? threshold,
        HttpContext context,
        ScreeningState state,
        IOptions<ServerOptions> options,
        VigilMetrics metrics)
    {
        var o = options.Value;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var identifiers = QueryParser.Identifiers(id, "id", errors);

        // A party may be given by an identifier alone ("is this wallet listed?"), as in batch files.
        var text = string.IsNullOrWhiteSpace(name) && !identifiers.IsDefaultOrEmpty ? string.Empty : QueryParser.Name(name, "name", o.MaxNameLength, errors);
        var schema = QueryParser.Type(type, "type", errors);
        var date = QueryParser.Date(dob, "dob", errors);
        var countries = QueryParser.Countries(country, "country", errors);
        var sex = QueryParser.Gender(gender, "gender", errors);
        if (!ScreeningRequest.TryBindQuery(limit, o.DefaultSearchLimit, threshold, o, errors, context, state, out var bound, out var refusal))
        {
            return refusal.As<ScreeningResponse>();
        }

        var query = new ScreeningQuery { Name = text!, Schema = schema, BirthDate = date, Countries = countries, Gender = sex, Identifiers = identifiers };
        var hits = bound.Screener.Screen(query, bound.Limit, bound.Threshold);
        var matches = 0;
        foreach (var hit in hits)
        {
            matches += hit.IsMatch ? 1 : 0;
        }

        metrics.Screened("search", 1, matches);
        // The generated type info itself, not the app's resolver chain: only with it does System.Text.Json take the
        // generated writer rather than walking metadata, which was a tenth of the server's time under load.
        return TypedResults.Json(ContractMapper.ToResponse(query, hits, bound.Limit, bound.Threshold), ServerJson.Default.ScreeningResponse);
    }
}
