using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vigil.Screening.Contracts;
using Vigil.Screening.Text;
using Vigil.Server.Entities;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Screening;

namespace Vigil.Server.TextScreening;

/// <summary><c>POST /v1/screen/text</c>: listed entities and sanctioned jurisdictions mentioned in free text.</summary>
internal static class TextApi
{
    public static IEndpointRouteBuilder MapTextApi(this IEndpointRouteBuilder v1)
    {
        v1.MapPost("/screen/text", ScreenText)
            .WithName("ScreenText")
            .WithTags("Screening")
            .WithSummary("Find listed entities and sanctioned jurisdictions in free text")
            .WithDescription("Finds mentions of listed persons, organisations, vessels and aircraft in English or Spanish text (news, remittance information, case notes), each with the matcher's result and every place it occurs, and names of sanctioned jurisdictions.");
        return v1;
    }

    internal static Results<Ok<TextScreeningResponse>, ValidationProblem, ProblemHttpResult> ScreenText(
        [FromBody] TextScreeningRequest request,
        [FromQuery] double? threshold,
        HttpContext context,
        ScreeningState state,
        IOptions<ServerOptions> options,
        VigilMetrics metrics)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var max = options.Value.MaxTextLength;
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["A text is required."];
        }
        else if (request.Text.Length > max)
        {
            errors["text"] = [$"A text has at most {max} characters; this one has {request.Text.Length}."];
        }

        if (state.Current is not { } loaded)
        {
            return errors.Count > 0 ? ApiProblems.Invalid(errors) : ApiProblems.ListsLoading(context);
        }

        var screener = loaded.Text.Value;
        var cut = QueryParser.Threshold(threshold, screener.Options.Threshold ?? screener.Screener.Options.MatchThreshold, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var result = screener.Screen(request.Text!, cut);
        var matches = 0;
        foreach (var mention in result.Mentions)
        {
            matches += mention.Hit.IsMatch ? 1 : 0;
        }

        metrics.Screened("text", result.Mentions.Length, matches);
        return TypedResults.Ok(new TextScreeningResponse(
            result.Threshold,
            [.. result.Mentions.Select(m => new TextMentionDto(ContractMapper.ToResult(m.Hit), Occurrence(m.Best), [.. m.Occurrences.Select(Occurrence)]))],
            [.. result.Jurisdictions.Select(j => new JurisdictionMentionDto(
                j.Jurisdiction.Code,
                j.Jurisdiction.Name,
                j.Jurisdiction.Kind,
                j.Jurisdiction.Programs,
                [.. j.Occurrences.Select(o => new TextOccurrenceDto(o.Text, o.Start, o.End, null, null))]))]));
    }

    private static TextOccurrenceDto Occurrence(TextOccurrence o) =>
        new(o.Text, o.Start, o.End, EntityMapper.Camel(o.Kind.ToString()), o.Score is { } s ? Math.Round(s, 4) : null);
}
