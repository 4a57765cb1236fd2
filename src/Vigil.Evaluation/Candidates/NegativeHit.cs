namespace Vigil.Evaluation.Candidates;

/// <summary>A person on no list who matched a listed entity: a false positive.</summary>
/// <param name="Set">The negative set.</param>
/// <param name="Row">The 1-based data row.</param>
/// <param name="Query">The name queried.</param>
/// <param name="BirthDate">The date of birth queried, as written.</param>
/// <param name="Nationality">The nationality queried, as written.</param>
/// <param name="EntityId">The matched entity.</param>
/// <param name="MatchedName">The entity's name that matched.</param>
/// <param name="Score">The score.</param>
/// <param name="Explanation">The matcher's one-line account.</param>
public sealed record NegativeHit(string Set, int Row, string Query, string BirthDate, string Nationality, string EntityId, string MatchedName, double Score, string Explanation);
