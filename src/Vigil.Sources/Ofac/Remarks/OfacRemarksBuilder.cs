using Vigil.Model;
using Vigil.Sources.Ofac.Mapping;

namespace Vigil.Sources.Ofac.Remarks;

/// <summary>
/// Collects what the parser finds in one entity's remarks (and, for sdn.xml, its id list). Lists are created on
/// first use: most entities fill two or three of them.
/// </summary>
internal sealed class OfacRemarksBuilder
{
    private List<BirthDate>? birthDates;
    private List<BirthDate>? establishedDates;
    private List<Place>? birthPlaces;
    private List<string>? nationalities;
    private List<string>? citizenships;
    private List<string>? countries;
    private List<Identifier>? identifiers;
    private List<EntityName>? names;
    private List<EntityLink>? links;
    private List<string>? unstructured;

    public List<BirthDate> BirthDates => birthDates ??= [];

    public List<BirthDate> EstablishedDates => establishedDates ??= [];

    public List<Place> BirthPlaces => birthPlaces ??= [];

    public List<string> Nationalities => nationalities ??= [];

    public List<string> Citizenships => citizenships ??= [];

    public List<string> Countries => countries ??= [];

    public Gender Gender { get; set; }

    public List<Identifier> Identifiers => identifiers ??= [];

    public int IdentifierCount => identifiers?.Count ?? 0;

    public List<EntityName> Names => names ??= [];

    public List<EntityLink> Links => links ??= [];

    public List<string> Unstructured => unstructured ??= [];

    /// <summary>Freezes what was collected; repeated values (OFAC repeats "alt." countries) are kept once.</summary>
    public OfacRemarks Build() => new()
    {
        BirthDates = OfacArrays.Distinct(birthDates),
        EstablishedDates = OfacArrays.Distinct(establishedDates),
        BirthPlaces = OfacArrays.Distinct(birthPlaces),
        Nationalities = OfacArrays.Distinct(nationalities),
        Citizenships = OfacArrays.Distinct(citizenships),
        Countries = OfacArrays.Distinct(countries),
        Gender = Gender,
        Identifiers = OfacArrays.Distinct(identifiers),
        Names = OfacArrays.Distinct(names),
        Links = OfacArrays.Distinct(links),
        Unstructured = unstructured is null ? [] : [.. unstructured],
    };
}
