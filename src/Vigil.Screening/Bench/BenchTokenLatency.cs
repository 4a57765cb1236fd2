namespace Vigil.Screening.Bench;

/// <summary>Latency of name-only queries with a given number of words.</summary>
/// <param name="Tokens">Words in each query.</param>
/// <param name="Latency">Single-query latency.</param>
/// <param name="Work">Mean work per query.</param>
public sealed record BenchTokenLatency(int Tokens, LatencySummary Latency, WorkSummary Work);
