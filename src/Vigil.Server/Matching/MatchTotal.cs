namespace Vigil.Server.Matching;

/// <summary>Result count, as yente writes it.</summary>
/// <param name="Value">Number of results.</param>
/// <param name="Relation">Always <c>eq</c>: the count is exact.</param>
internal sealed record MatchTotal(int Value, string Relation = "eq");
