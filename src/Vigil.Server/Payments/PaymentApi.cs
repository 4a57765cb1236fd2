using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vigil.Screening.Payments;
using Vigil.Server.Lists;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Screening;

namespace Vigil.Server.Payments;

/// <summary><c>POST /v1/screen/payment</c>: a pacs.008 or MT103 message, screened field by field, pass or hold.</summary>
internal static class PaymentApi
{
    public static IEndpointRouteBuilder MapPaymentApi(this IEndpointRouteBuilder v1)
    {
        v1.MapPost("/screen/payment", ScreenPayment)
            .WithName("ScreenPayment")
            .WithTags("Screening")
            .WithSummary("Screen a payment message (pacs.008 or MT103)")
            .WithDescription("Parses the message (XML is pacs.008, anything else MT103) and screens party and institution names, addresses and free text, countries and BICs. Any hit holds the payment. The answer is the JSON of `vigil screen-payment --json`; a message that cannot be read gets 400 naming the field, line and position.");
        return v1;
    }

    internal static Results<Ok<PaymentScreeningResponse>, ValidationProblem, ProblemHttpResult> ScreenPayment(
        [FromBody] PaymentScreeningRequest request,
        [FromQuery] double? threshold,
        HttpContext context,
        ScreeningState state,
        IOptions<ServerOptions> options,
        VigilMetrics metrics)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var max = options.Value.MaxTextLength;
        if (string.IsNullOrWhiteSpace(request.Message))
        {
            errors["message"] = ["A payment message is required."];
        }
        else if (request.Message.Length > max)
        {
            errors["message"] = [$"A message has at most {max} characters; this one has {request.Message.Length}."];
        }

        if (state.Current is not { } loaded)
        {
            return errors.Count > 0 ? ApiProblems.Invalid(errors) : ApiProblems.ListsLoading(context);
        }

        var screener = loaded.Payments.Value;
        var cut = QueryParser.Threshold(threshold, screener.Screener.Options.MatchThreshold, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

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
        return TypedResults.Ok(response);
    }
}
