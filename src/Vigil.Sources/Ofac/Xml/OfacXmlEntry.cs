using System.Collections.Immutable;

namespace Vigil.Sources.Ofac.Xml;

/// <summary>One sdn.xml <c>sdnEntry</c>, with the schema's element names.</summary>
internal sealed record OfacXmlEntry
{
    /// <summary>uid: the listing id (ent_num in the CSV files).</summary>
    public required int Uid { get; init; }

    /// <summary>firstName.</summary>
    public string? FirstName { get; init; }

    /// <summary>lastName: the family name of a person, the whole name otherwise.</summary>
    public required string LastName { get; init; }

    /// <summary>title.</summary>
    public string? Title { get; init; }

    /// <summary>sdnType: "Individual", "Entity", "Vessel" or "Aircraft".</summary>
    public string? SdnType { get; init; }

    /// <summary>remarks.</summary>
    public string? Remarks { get; init; }

    /// <summary>programList/program.</summary>
    public ImmutableArray<string> Programs { get; init; } = [];

    /// <summary>idList/id.</summary>
    public ImmutableArray<OfacXmlId> Ids { get; init; } = [];

    /// <summary>akaList/aka.</summary>
    public ImmutableArray<OfacXmlAka> Akas { get; init; } = [];

    /// <summary>addressList/address.</summary>
    public ImmutableArray<OfacXmlAddress> Addresses { get; init; } = [];

    /// <summary>nationalityList/nationality.</summary>
    public ImmutableArray<OfacXmlItem> Nationalities { get; init; } = [];

    /// <summary>citizenshipList/citizenship.</summary>
    public ImmutableArray<OfacXmlItem> Citizenships { get; init; } = [];

    /// <summary>dateOfBirthList/dateOfBirthItem.</summary>
    public ImmutableArray<OfacXmlItem> DatesOfBirth { get; init; } = [];

    /// <summary>placeOfBirthList/placeOfBirthItem.</summary>
    public ImmutableArray<OfacXmlItem> PlacesOfBirth { get; init; } = [];

    /// <summary>vesselInfo.</summary>
    public OfacXmlVesselInfo? VesselInfo { get; init; }

    /// <summary>Line of the entry in the file.</summary>
    public int Line { get; init; }

    /// <summary>The entry's XML as written (whitespace between elements dropped).</summary>
    public required string Raw { get; init; }
}
