using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vigil.Screening.Contracts;
using Vigil.Screening.Text;
using Vigil.Server.Entities;
using Vigil.Server.Json;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;

namespace Vigil.Server.TextScreening;

/// <summary><c>POST /v1/screen/text</c>: listed entities and sanctioned jurisdictions mentioned in free text.</summary>
internal static class TextApi
{
    public static IEndpointRouteBuilder MapTextApi(this IEndpointRouteBuilder v1)
    {
        v1.MapPost("/screen/text", ScreenText)
            .WithName("ScreenText")
            .WithTags("Screening")
            .Produces<TextScreeningResponse>()
            .WithSummary("Find listed entities and sanctioned jurisdictions in free text")
            .WithDescription("Finds mentions of listed persons, organisations, vessels and aircraft in English or Spanish text (news, remittance information, case notes), each with the matcher's result and every place it occurs, and names of sanctioned jurisdictions.");
        return v1;
    }

    internal static Results<JsonHttpResult<TextScreeningResponse>, ValidationProblem, ProblemHttpResult> ScreenText(
        [FromBody] TextScreeningRequest request,
        [FromQuery] double? threshold,
        HttpContext context,
        ScreeningState state,
        IOptions<ServerOptions> options,
        VigilMetrics metrics)
    {
        if (!TextRequest.TryBind(request.Text, "text", "A text is required.", "text", options.Value, threshold, context, state, DefaultThreshold, out var loaded, out var cut, out var refusal))
        {
            return refusal.As<TextScreeningResponse>();
        }

        var screener = loaded.Text.Value;
        var result = screener.Screen(request.Text!, cut);
        var matches = 0;
        foreach (var mention in result.Mentions)
        {
            matches += mention.Hit.IsMatch ? 1 : 0;
        }

        metrics.Screened("text", result.Mentions.Length, matches);
        return TypedResults.Json(new TextScreeningResponse(
            result.Threshold,
            [.. result.Mentions.Select(m => new TextMentionDto(ContractMapper.ToResult(m.Hit), Occurrence(m.Best), [.. m.Occurrences.Select(Occurrence)]))],
            [.. result.Jurisdictions.Select(j => new JurisdictionMentionDto(
                j.Jurisdiction.Code,
                j.Jurisdiction.Name,
                j.Jurisdiction.Kind,
                j.Jurisdiction.Programs,
                [.. j.Occurrences.Select(o => new TextOccurrenceDto(o.Text, o.Start, o.End, null, null))]))]),
            ServerJson.Default.TextScreeningResponse);
    }

    /// <summary>The text screener's own threshold when it has one, else the name screener's.</summary>
    private static double DefaultThreshold(LoadedScreening loaded) =>
        loaded.Text.Value.Options.Threshold ?? loaded.Text.Value.Screener.Options.MatchThreshold;

    private static TextOccurrenceDto Occurrence(TextOccurrence o) =>
        new(o.Text, o.Start, o.End, EntityMapper.Camel(o.Kind.ToString()), o.Score is { } s ? Math.Round(s, 4) : null);
}
