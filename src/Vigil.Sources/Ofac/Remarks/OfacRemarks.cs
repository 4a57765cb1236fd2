using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Remarks;

/// <summary>
/// What OFAC's remarks field says in structured form. Names carry only their text and kind; name parts are added by
/// the mapper, which knows whether the entity is a person.
/// </summary>
internal sealed record OfacRemarks
{
    /// <summary>Remarks that say nothing.</summary>
    public static OfacRemarks Empty { get; } = new();

    /// <summary>"DOB …" dates.</summary>
    public ImmutableArray<BirthDate> BirthDates { get; init; } = [];

    /// <summary>"Organization Established Date …" dates.</summary>
    public ImmutableArray<BirthDate> EstablishedDates { get; init; } = [];

    /// <summary>"POB …" places.</summary>
    public ImmutableArray<Place> BirthPlaces { get; init; } = [];

    /// <summary>"nationality …" as ISO alpha-2 codes.</summary>
    public ImmutableArray<string> Nationalities { get; init; } = [];

    /// <summary>"citizen …" as ISO alpha-2 codes.</summary>
    public ImmutableArray<string> Citizenships { get; init; } = [];

    /// <summary>Other countries: "Nationality of Registration …" of vessels and aircraft.</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>"Gender Male" / "Gender Female".</summary>
    public Gender Gender { get; init; }

    /// <summary>Passports, tax numbers, IMO, crypto addresses and the other identifiers.</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];

    /// <summary>"a.k.a. 'X'" (weak alias), "f.k.a. 'Y'" (former name), "n.k.a. 'Z'" (weak alias).</summary>
    public ImmutableArray<EntityName> Names { get; init; } = [];

    /// <summary>"Linked To: …" relations, not yet resolved to entity ids.</summary>
    public ImmutableArray<EntityLink> Links { get; init; } = [];

    /// <summary>Segments kept only as text: positions, sanctions notes ("Secondary sanctions risk: …"), unknown labels.</summary>
    public ImmutableArray<string> Unstructured { get; init; } = [];
}
