namespace Vigil.Screening.Bench;

/// <summary>Recall on perturbed listed names of one kind (or all kinds).</summary>
/// <param name="Perturbation">The kind, or null for all.</param>
/// <param name="Queries">Perturbed listed names of that kind.</param>
/// <param name="CandidateRecall">Share whose source entity is among the index's candidates.</param>
/// <param name="EndToEndRecall">Share whose top hit is the source entity.</param>
/// <param name="MatchRecall">Share whose top hit is the source entity and a match at the default threshold.</param>
public sealed record BenchRecallRow(Perturbation? Perturbation, int Queries, double CandidateRecall, double EndToEndRecall, double MatchRecall);
