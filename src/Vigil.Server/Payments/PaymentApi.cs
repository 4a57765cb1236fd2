using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vigil.Screening.Payments;
using Vigil.Server.Json;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Screening;
using Vigil.Server.TextScreening;

namespace Vigil.Server.Payments;

/// <summary><c>POST /v1/screen/payment</c>: a pacs.008 or MT103 message, screened field by field, pass or hold.</summary>
internal static class PaymentApi
{
    public static IEndpointRouteBuilder MapPaymentApi(this IEndpointRouteBuilder v1)
    {
        v1.MapPost("/screen/payment", ScreenPayment)
            .WithName("ScreenPayment")
            .WithTags("Screening")
            .Produces<PaymentScreeningResponse>()
            .WithSummary("Screen a payment message (pacs.008 or MT103)")
            .WithDescription("Parses the message (XML is pacs.008, anything else MT103) and screens party and institution names, addresses and free text, countries and BICs. Any hit holds the payment. The answer is the JSON of `vigil screen-payment --json`; a message that cannot be read gets 400 naming the field, line and position.");
        return v1;
    }

    internal static Results<JsonHttpResult<PaymentScreeningResponse>, ValidationProblem, ProblemHttpResult> ScreenPayment(
        [FromBody] PaymentScreeningRequest request,
        [FromQuery] double? threshold,
        HttpContext context,
        ScreeningState state,
        IOptions<ServerOptions> options,
        VigilMetrics metrics)
    {
        if (!TextRequest.TryBind(request.Message, "message", "A payment message is required.", "message", options.Value, threshold, context, state, static l => l.Payments.Value.Screener.Options.MatchThreshold, out var loaded, out var cut, out var refusal))
        {
            return refusal.As<PaymentScreeningResponse>();
        }

        var screener = loaded.Payments.Value;
        PaymentMessage message;
        try
        {
            message = PaymentParser.Parse(request.Message!);
        }
        catch (PaymentFormatException ex)
        {
            // The message names the field, line and position in the client's own message; nothing of the server.
            return ApiProblems.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["message"] = [ex.Message] });
        }

        var result = screener.Screen(message, threshold is null ? null : cut);
        var response = PaymentContractMapper.ToResponse(result);
        var matches = 0;
        foreach (var hit in result.Hits)
        {
            matches += hit.Kind == PaymentHitKind.Jurisdiction ? 0 : 1;
        }

        // Every screened field counts as a name screened: party names, addresses and free text all go through the matcher.
        metrics.Screened("payment", response.Screened.Length, matches);
        return TypedResults.Json(response, ServerJson.Default.PaymentScreeningResponse);
    }
}
