using Vigil.Model;
using Vigil.Screening.Contracts;
using Vigil.Screening.Text;

namespace Vigil.Screening.Payments;

/// <summary>Maps payment screening results to the JSON contract.</summary>
public static class PaymentContractMapper
{
    /// <summary>Maps a whole result.</summary>
    public static PaymentScreeningResponse ToResponse(PaymentScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var message = result.Message;
        return new PaymentScreeningResponse(
            result.Decision == PaymentDecision.Hold ? "hold" : "pass",
            FormatName(message.Format),
            message.Reference,
            result.Threshold,
            [.. result.Hits.Select(ToHit)],
            [.. message.Fields.Select(f => new ScreenedFieldDto(f.Path, KindName(f.Kind), f.Value, f.Line))]);
    }

    /// <summary>Maps one hit.</summary>
    public static PaymentHitDto ToHit(PaymentHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var result = hit switch
        {
            { Hit: { } scored } => ContractMapper.ToResult(scored),
            { Entity: { } entity, ListedIdentifier: { } identifier } => BicResult(entity, identifier, hit.Field.Value),
            _ => null,
        };
        var jurisdiction = hit.Jurisdiction is { } j ? TextContractMapper.ToJurisdiction(j, []) : null;
        return new PaymentHitDto(hit.Field.Path, KindName(hit.Kind), hit.Field.Value, hit.Matched, hit.Field.Line, hit.Field.Transaction, result, jurisdiction);
    }

    /// <summary>The contract's name of a format.</summary>
    public static string FormatName(PaymentFormat format) => format == PaymentFormat.Pacs008 ? "pacs.008.001.08" : "MT103";

    /// <summary>The contract's word for a hit kind.</summary>
    public static string KindName(PaymentHitKind kind) => kind switch
    {
        PaymentHitKind.Name => "name",
        PaymentHitKind.Bic => "bic",
        PaymentHitKind.Jurisdiction => "jurisdiction",
        _ => "text-mention",
    };

    /// <summary>The contract's word for a field kind.</summary>
    public static string KindName(PaymentFieldKind kind) => kind switch
    {
        PaymentFieldKind.Name => "name",
        PaymentFieldKind.Address => "address",
        PaymentFieldKind.Country => "country",
        PaymentFieldKind.Bic => "bic",
        PaymentFieldKind.Account => "account",
        _ => "text",
    };

    /// <summary>A BIC match in the result shape: identifiers are exact, so the score is 1 and the explanation names the identifier.</summary>
    private static ResultDto BicResult(SanctionsEntity entity, Identifier identifier, string bic)
    {
        var detail = $"BIC {bic} = listed SWIFT/BIC {identifier.Value}";
        return new ResultDto(
            entity.Id,
            entity.Source,
            entity.SourceId,
            entity.Schema.ToString(),
            entity.PrimaryName.Full,
            entity.PrimaryName.Full,
            1.0,
            true,
            entity.Programs,
            new ExplanationDto(detail, 0, [], [new ContributionDto("identifier", 0, detail)]));
    }
}
