using System.Collections.Immutable;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Uk;

/// <summary>
/// One <c>Designation</c> of the UK Sanctions List XML, keeping the FCDO's element names. The person, entity and
/// ship details (<c>IndividualDetails/Individual</c>, <c>EntityDetails/Entity</c>, <c>ShipDetails/Ship</c>) are
/// flattened onto the designation; values are trimmed, otherwise as published.
/// </summary>
/// <param name="Location">Where the designation sits in the file, e.g. <c>element Designation[12]</c>.</param>
/// <param name="Raw">The designation's XML, kept for audit.</param>
internal sealed record UkDesignation(string Location, string Raw) : IListRecord
{
    public string? LastUpdated { get; init; }

    public string? DateDesignated { get; init; }

    public string? UniqueID { get; init; }

    public string? OFSIGroupID { get; init; }

    public string? UNReferenceNumber { get; init; }

    public ImmutableArray<UkName> Names { get; init; } = [];

    public ImmutableArray<UkNonLatinName> NonLatinNames { get; init; } = [];

    public ImmutableArray<string> Titles { get; init; } = [];

    public string? RegimeName { get; init; }

    public string? IndividualEntityShip { get; init; }

    public string? DesignationSource { get; init; }

    public string? SanctionsImposed { get; init; }

    public string? OtherInformation { get; init; }

    public string? UKStatementofReasons { get; init; }

    public ImmutableArray<UkAddress> Addresses { get; init; } = [];

    public ImmutableArray<string> PhoneNumbers { get; init; } = [];

    public ImmutableArray<string> EmailAddresses { get; init; } = [];

    public ImmutableArray<string> Websites { get; init; } = [];

    public ImmutableArray<string> DOBs { get; init; } = [];

    public ImmutableArray<string> Nationalities { get; init; } = [];

    public ImmutableArray<UkDocument> Passports { get; init; } = [];

    public ImmutableArray<UkDocument> NationalIdentifiers { get; init; } = [];

    public ImmutableArray<string> Positions { get; init; } = [];

    public ImmutableArray<string> Genders { get; init; } = [];

    public ImmutableArray<UkBirthLocation> BirthLocations { get; init; } = [];

    public ImmutableArray<string> TypeOfEntities { get; init; } = [];

    public ImmutableArray<string> BusinessRegistrationNumbers { get; init; } = [];

    public ImmutableArray<string> ParentCompanies { get; init; } = [];

    public ImmutableArray<string> Subsidiaries { get; init; } = [];

    public ImmutableArray<string> IMONumbers { get; init; } = [];

    public ImmutableArray<string> CurrentOwnerOperators { get; init; } = [];

    public ImmutableArray<string> CurrentBelievedFlagOfShips { get; init; } = [];

    public ImmutableArray<string> PreviousFlags { get; init; } = [];

    public ImmutableArray<string> TypeOfShips { get; init; } = [];

    /// <inheritdoc />
    string? IListRecord.SourceId => UniqueID;
}
