using System.Collections.Immutable;
using System.Globalization;
using Vigil.Screening.Contracts;

namespace Vigil.Screening.Text;

/// <summary>Maps text screening results to the JSON contract.</summary>
public static class TextContractMapper
{
    /// <summary>Maps a whole result.</summary>
    public static TextScreeningResponse ToResponse(TextScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new TextScreeningResponse([.. result.Mentions.Select(ToMention)], [.. result.Jurisdictions.Select(ToJurisdiction)]);
    }

    /// <summary>Maps one entity's mentions.</summary>
    public static MentionDto ToMention(TextMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new MentionDto(
            mention.Best.Text,
            mention.Best.Start,
            mention.Best.End,
            [ContractMapper.ToResult(mention.Hit)],
            [.. mention.Occurrences.Select(o => new OccurrenceDto(o.Text, o.Start, o.End, KindName(o.Kind), o.Score is { } s ? Math.Round(s, 4) : null))]);
    }

    /// <summary>Maps a jurisdiction and where it was named.</summary>
    public static JurisdictionDto ToJurisdiction(JurisdictionMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return ToJurisdiction(mention.Jurisdiction, [.. mention.Occurrences.Select(o => new SpanDto(o.Text, o.Start, o.End))]);
    }

    /// <summary>Maps a jurisdiction with the given occurrences.</summary>
    public static JurisdictionDto ToJurisdiction(SanctionedJurisdiction jurisdiction, ImmutableArray<SpanDto> occurrences)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        return new JurisdictionDto(jurisdiction.Code, jurisdiction.Name, jurisdiction.Kind, jurisdiction.Programs, occurrences.IsDefault ? [] : occurrences);
    }

    /// <summary>The contract's word for a mention kind.</summary>
    public static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.LaterMention => "later-mention",
        MentionKind.OneWordName => "one-word-name",
        MentionKind.Identifier => "identifier",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
