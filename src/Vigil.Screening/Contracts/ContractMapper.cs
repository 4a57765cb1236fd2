using System.Collections.Immutable;
using Vigil.Matching.Explanation;
using Vigil.Matching.Scoring;
using Vigil.Matching.Screening;
using Vigil.Screening.Input;

namespace Vigil.Screening.Contracts;

/// <summary>Maps matching results to the JSON contract.</summary>
public static class ContractMapper
{
    // Lower-cased once, not for every token of every hit; the kinds are numbered from 0 without gaps.
    private static readonly string[] HowNames = [.. Enum.GetValues<TokenMatchKind>().Select(how => how.ToString().ToLowerInvariant())];

    /// <summary>Maps a query and its hits.</summary>
    public static ScreeningResponse ToResponse(ScreeningQuery query, IReadOnlyList<ScreeningHit> hits, int limit, double threshold)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        var gender = query.Gender == Model.Gender.Unknown ? null : query.Gender == Model.Gender.Male ? "male" : "female";
        var ids = query.Identifiers.IsDefaultOrEmpty ? [] : query.Identifiers.Select(QueryIdentifiers.Format).ToImmutableArray();
        var q = new QueryDto(query.Name, query.Schema?.ToString(), query.BirthDate?.ToString(), query.Countries.IsDefault ? [] : query.Countries, gender, ids, limit, threshold);
        return new ScreeningResponse(q, [.. hits.Select(ToResult)]);
    }

    /// <summary>Maps one hit.</summary>
    public static ResultDto ToResult(ScreeningHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var e = hit.Entity;
        var x = hit.Explanation;
        var tokens = ImmutableArray.CreateBuilder<TokenDto>(x.Name.Tokens.Length);
        foreach (var t in x.Name.Tokens)
        {
            tokens.Add(new TokenDto(t.QueryToken, t.ListedToken, HowNames[(int)t.How], Math.Round(t.Similarity, 3), Math.Round(t.Weight, 3)));
        }

        var features = ImmutableArray.CreateBuilder<ContributionDto>(x.Name.Contributions.Length + x.Evidence.Length);
        foreach (var c in x.Name.Contributions)
        {
            features.Add(ToDto(c));
        }

        foreach (var c in x.Evidence)
        {
            features.Add(ToDto(c));
        }

        return new ResultDto(e.Id, e.Source, e.SourceId, e.Schema.ToString(), e.PrimaryName.Full, hit.MatchedName.Full, Math.Round(hit.Score, 4), hit.IsMatch, e.Programs,
            new ExplanationDto(x.Summary, Math.Round(x.Name.Score, 4), tokens.MoveToImmutable(), features.MoveToImmutable()));
    }

    private static ContributionDto ToDto(FeatureContribution c) => new(c.Feature, Math.Round(c.Contribution, 3), c.Detail);
}
