using System.Collections.Immutable;

namespace Vigil.Screening.Bench;

/// <summary>Recall on the perturbed listed names: does the index find them, and does screening rank them first?</summary>
/// <param name="Overall">All perturbed listed names.</param>
/// <param name="ByPerturbation">One row per kind of perturbation.</param>
/// <param name="CandidateMisses">The first perturbed names whose source the index missed (for tuning candidate generation).</param>
public sealed record BenchRecall(BenchRecallRow Overall, ImmutableArray<BenchRecallRow> ByPerturbation, ImmutableArray<BenchMiss> CandidateMisses);
