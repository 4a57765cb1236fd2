using System.Collections.Immutable;
using Vigil.Screening.Contracts;

namespace Vigil.Server.Matching;

/// <summary>
/// One result of <c>/v1/match</c>: every field of the CLI's result (<see cref="ResultDto"/>) and, for yente clients,
/// <c>caption</c> and <c>datasets</c>.
/// </summary>
internal sealed record MatchResult(
    string Id,
    string Source,
    string SourceId,
    string Schema,
    string Name,
    string MatchedName,
    double Score,
    bool Match,
    ImmutableArray<string> Programs,
    ExplanationDto Explanation,
    string Caption,
    ImmutableArray<string> Datasets)
{
    public static MatchResult From(ResultDto r) =>
        new(r.Id, r.Source, r.SourceId, r.Schema, r.Name, r.MatchedName, r.Score, r.Match, r.Programs, r.Explanation, r.Name, [r.Source]);
}
