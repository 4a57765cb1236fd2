using Vigil.Matching.Screening;

namespace Vigil.Screening.Bench;

/// <summary>One synthetic customer record.</summary>
/// <param name="Query">What the customer record screens as.</param>
/// <param name="SourceEntityId">For a perturbed listed name, the listed entity it was derived from; else null.</param>
/// <param name="SourceName">For a perturbed listed name, the listed name it was derived from; else null.</param>
/// <param name="Perturbation">How the name was derived.</param>
public sealed record SyntheticCustomer(ScreeningQuery Query, string? SourceEntityId, string? SourceName, Perturbation Perturbation)
{
    /// <summary>True when the customer is a perturbed listed party, whom screening must find.</summary>
    public bool IsListed => SourceEntityId is not null;
}
