using Vigil.Matching.Explanation;
using Vigil.Model;

namespace Vigil.Matching.Screening;

/// <summary>One listed entity returned for a query, with its score and why.</summary>
/// <param name="Entity">The listed entity.</param>
/// <param name="Score">Calibrated score in 0..1.</param>
/// <param name="IsMatch">True when the score reaches the threshold in force.</param>
/// <param name="MatchedName">The entity's name that scored best.</param>
/// <param name="Explanation">Token alignment and each feature's contribution.</param>
public sealed record ScreeningHit(SanctionsEntity Entity, double Score, bool IsMatch, EntityName MatchedName, MatchExplanation Explanation);
