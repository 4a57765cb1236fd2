namespace Vigil.Screening.Bench;

/// <summary>A perturbed listed name whose source entity the index did not hand to scoring.</summary>
/// <param name="Query">The customer's name.</param>
/// <param name="SourceName">The listed name it was derived from.</param>
/// <param name="SourceEntityId">The listed entity.</param>
/// <param name="Perturbation">How it was derived.</param>
public sealed record BenchMiss(string Query, string SourceName, string SourceEntityId, Perturbation Perturbation);
