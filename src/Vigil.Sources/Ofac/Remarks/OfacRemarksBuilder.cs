using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Remarks;

/// <summary>Collects what the parser finds in one entity's remarks (and, for sdn.xml, its id list).</summary>
internal sealed class OfacRemarksBuilder
{
    public List<BirthDate> BirthDates { get; } = [];

    public List<BirthDate> EstablishedDates { get; } = [];

    public List<Place> BirthPlaces { get; } = [];

    public List<string> Nationalities { get; } = [];

    public List<string> Citizenships { get; } = [];

    public List<string> Countries { get; } = [];

    public Gender Gender { get; set; }

    public List<Identifier> Identifiers { get; } = [];

    public List<EntityName> Names { get; } = [];

    public List<EntityLink> Links { get; } = [];

    public List<string> Unstructured { get; } = [];

    /// <summary>Freezes what was collected; repeated values (OFAC repeats "alt." countries) are kept once.</summary>
    public OfacRemarks Build() => new()
    {
        BirthDates = [.. BirthDates.Distinct()],
        EstablishedDates = [.. EstablishedDates.Distinct()],
        BirthPlaces = [.. BirthPlaces.Distinct()],
        Nationalities = [.. Nationalities.Distinct(StringComparer.Ordinal)],
        Citizenships = [.. Citizenships.Distinct(StringComparer.Ordinal)],
        Countries = [.. Countries.Distinct(StringComparer.Ordinal)],
        Gender = Gender,
        Identifiers = [.. Identifiers.Distinct()],
        Names = [.. Names.Distinct()],
        Links = [.. Links.Distinct()],
        Unstructured = Unstructured.ToImmutableArray(),
    };
}
