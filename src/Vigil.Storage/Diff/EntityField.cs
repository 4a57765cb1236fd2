namespace Vigil.Storage.Diff;

/// <summary>The parts of an entity a diff reports on, in the order they are reported.</summary>
public enum EntityField
{
    /// <summary>Person, organisation, vessel, aircraft.</summary>
    Schema = 0,

    /// <summary>The primary name.</summary>
    PrimaryName,

    /// <summary>Every other name: aliases, former names, original-script names.</summary>
    Aliases,

    /// <summary>Dates of birth or incorporation.</summary>
    BirthDates,

    /// <summary>Places of birth.</summary>
    BirthPlaces,

    /// <summary>Nationalities.</summary>
    Nationalities,

    /// <summary>Citizenships.</summary>
    Citizenships,

    /// <summary>Other tied countries (flag, registration, jurisdiction).</summary>
    Countries,

    /// <summary>Postal addresses.</summary>
    Addresses,

    /// <summary>Identifiers.</summary>
    Identifiers,

    /// <summary>Gender.</summary>
    Gender,

    /// <summary>Sanctions programs.</summary>
    Programs,

    /// <summary>Titles or positions.</summary>
    Titles,

    /// <summary>Relations to other parties.</summary>
    Links,

    /// <summary>Free-text remarks.</summary>
    Remarks,

    /// <summary>Listing date.</summary>
    ListedOn,

    /// <summary>
    /// The raw source record, reported only when no mapped field changed: the source changed something the
    /// mapping does not carry.
    /// </summary>
    Raw,
}
