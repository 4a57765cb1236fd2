namespace Vigil.Screening.Bench;

/// <summary>The brute-force baseline: the same scorer over every indexed name, on a sample of the customers.</summary>
/// <param name="Sample">Queries in the sample.</param>
/// <param name="BruteForce">Brute-force latency.</param>
/// <param name="Indexed">Indexed latency on the same queries (from the single-query run).</param>
/// <param name="SpeedupP50">Brute-force p50 over indexed p50.</param>
/// <param name="SpeedupP99">Brute-force p99 over indexed p99.</param>
/// <param name="TopHitAgreement">Share of the sample where the indexed top hit equals the brute-force top hit (both empty counts as agreeing).</param>
public sealed record BenchBruteForce(int Sample, LatencySummary BruteForce, LatencySummary Indexed, double SpeedupP50, double SpeedupP99, double TopHitAgreement);
