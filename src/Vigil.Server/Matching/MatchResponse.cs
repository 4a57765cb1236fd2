namespace Vigil.Server.Matching;

/// <summary>The answer of <c>POST /v1/match</c>, as yente's: one response per query key.</summary>
/// <param name="Responses">Each query's answer under its key, in the order the queries came.</param>
/// <param name="Limit">Most results per query.</param>
/// <param name="Threshold">Score at which a result is a match.</param>
internal sealed record MatchResponse(Dictionary<string, MatchQueryResponse> Responses, int Limit, double Threshold);
