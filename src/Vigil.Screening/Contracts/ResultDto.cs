using System.Collections.Immutable;

namespace Vigil.Screening.Contracts;

/// <summary>One result in the JSON contract.</summary>
/// <param name="Id">Entity id, e.g. <c>ofac-sdn:30421</c>.</param>
/// <param name="Source">Source code.</param>
/// <param name="SourceId">The source's own id.</param>
/// <param name="Schema">Person, Organization, Vessel, Aircraft or LegalEntity.</param>
/// <param name="Name">The entity's primary name.</param>
/// <param name="MatchedName">The entity's name that scored best.</param>
/// <param name="Score">Score in 0..1, rounded to 4 places.</param>
/// <param name="Match">True when the score reaches the threshold.</param>
/// <param name="Programs">Sanctions programs.</param>
/// <param name="Explanation">Why it scored so.</param>
public sealed record ResultDto(
    string Id,
    string Source,
    string SourceId,
    string Schema,
    string Name,
    string MatchedName,
    double Score,
    bool Match,
    ImmutableArray<string> Programs,
    ExplanationDto Explanation);
