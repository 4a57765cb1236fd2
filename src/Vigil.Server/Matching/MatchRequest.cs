namespace Vigil.Server.Matching;

/// <summary>The body of <c>POST /v1/match</c>, as yente's: queries by the caller's keys.</summary>
/// <param name="Queries">Each query under a key the caller chooses; answers come back under the same keys.</param>
internal sealed record MatchRequest(Dictionary<string, MatchQuery>? Queries);
