using System.Collections.Immutable;
using Vigil.Matching.Screening;

namespace Vigil.Screening.Contracts;

/// <summary>Maps matching results to the JSON contract.</summary>
public static class ContractMapper
{
    /// <summary>Maps a query and its hits.</summary>
    public static ScreeningResponse ToResponse(ScreeningQuery query, IReadOnlyList<ScreeningHit> hits, int limit, double threshold)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        var q = new QueryDto(query.Name, query.Schema?.ToString(), query.BirthDate?.ToString(), query.Countries.IsDefault ? [] : query.Countries, limit, threshold);
        return new ScreeningResponse(q, [.. hits.Select(ToResult)]);
    }

    /// <summary>Maps one hit.</summary>
    public static ResultDto ToResult(ScreeningHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var e = hit.Entity;
        var x = hit.Explanation;
        var tokens = x.Name.Tokens.Select(t => new TokenDto(t.QueryToken, t.ListedToken, t.How.ToString().ToLowerInvariant(), Math.Round(t.Similarity, 3), Math.Round(t.Weight, 3))).ToImmutableArray();
        var features = x.Name.Contributions.Concat(x.Evidence)
            .Select(c => new ContributionDto(c.Feature, Math.Round(c.Contribution, 3), c.Detail)).ToImmutableArray();
        return new ResultDto(e.Id, e.Source, e.SourceId, e.Schema.ToString(), e.PrimaryName.Full, hit.MatchedName.Full, Math.Round(hit.Score, 4), hit.IsMatch, e.Programs,
            new ExplanationDto(x.Summary, Math.Round(x.Name.Score, 4), tokens, features));
    }
}
