namespace Vigil.Evaluation.Candidates;

/// <summary>A UN row whose expected entity did not come back as the top match.</summary>
/// <param name="Row">The 1-based data row.</param>
/// <param name="Query">The name queried.</param>
/// <param name="BirthDate">The date of birth queried, as written.</param>
/// <param name="Nationality">The nationality queried, as written.</param>
/// <param name="ExpectedId">The expected entity.</param>
/// <param name="ExpectedName">Its primary name.</param>
/// <param name="ExpectedScore">The expected entity's score for this query (<c>Screener.Compare</c>).</param>
/// <param name="InCandidates">True when the index handed the expected entity to scoring.</param>
/// <param name="GotId">The top result, or null when nothing scored above the minimum.</param>
/// <param name="GotName">The top result's matched name.</param>
/// <param name="GotScore">The top result's score.</param>
/// <param name="Explanation">Why the expected entity scored as it did.</param>
public sealed record UnMiss(
    int Row,
    string Query,
    string BirthDate,
    string Nationality,
    string ExpectedId,
    string ExpectedName,
    double ExpectedScore,
    bool InCandidates,
    string? GotId,
    string? GotName,
    double? GotScore,
    string Explanation);
