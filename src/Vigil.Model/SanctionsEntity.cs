using System.Collections.Immutable;

namespace Vigil.Model;

/// <summary>
/// One listed party, in the one model every source maps into. Immutable; built through <see cref="Create"/>
/// so that the id always is <c>&lt;source&gt;:&lt;source id&gt;</c> and the primary name comes first.
/// </summary>
public sealed record SanctionsEntity
{
    /// <summary>Entity id, <c>&lt;source&gt;:&lt;source id&gt;</c>, e.g. <c>ofac-sdn:30421</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Source code, one of <see cref="ListSources"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The source's own id (OFAC ent_num, UN reference number, ...).</summary>
    public required string SourceId { get; init; }

    /// <summary>Person, organisation, vessel, aircraft or unknown legal entity.</summary>
    public required Schema Schema { get; init; }

    /// <summary>All names; the first is the primary name.</summary>
    public required ImmutableArray<EntityName> Names { get; init; }

    /// <summary>Dates of birth (persons) or of incorporation where the source gives them.</summary>
    public ImmutableArray<BirthDate> BirthDates { get; init; } = [];

    /// <summary>Places of birth.</summary>
    public ImmutableArray<Place> BirthPlaces { get; init; } = [];

    /// <summary>Nationalities as ISO alpha-2 codes.</summary>
    public ImmutableArray<string> Nationalities { get; init; } = [];

    /// <summary>Citizenships as ISO alpha-2 codes.</summary>
    public ImmutableArray<string> Citizenships { get; init; } = [];

    /// <summary>Other countries the entity is tied to (vessel flag, country of registration, jurisdiction), ISO alpha-2.</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>Postal addresses.</summary>
    public ImmutableArray<Address> Addresses { get; init; } = [];

    /// <summary>Identifiers: passports, tax numbers, IMO, BIC, crypto addresses, ...</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];

    /// <summary>Gender for persons, where published.</summary>
    public Gender Gender { get; init; } = Gender.Unknown;

    /// <summary>Sanctions programs, e.g. "VENEZUELA-EO13850", "SDGT".</summary>
    public ImmutableArray<string> Programs { get; init; } = [];

    /// <summary>Titles or positions ("President of the Bolivarian Republic of Venezuela").</summary>
    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>Relations to other parties ("Linked To: ...").</summary>
    public ImmutableArray<EntityLink> Links { get; init; } = [];

    /// <summary>Free-text remarks as published, unparsed.</summary>
    public string? Remarks { get; init; }

    /// <summary>Date the entity was listed, where the source gives one.</summary>
    public DateOnly? ListedOn { get; init; }

    /// <summary>The raw source record(s) this entity was mapped from, kept for audit.</summary>
    public string? Raw { get; init; }

    /// <summary>The primary name.</summary>
    public EntityName PrimaryName => Names[0];

    /// <summary>
    /// Creates an entity, validating the id parts and making sure a primary name exists and comes first.
    /// </summary>
    /// <exception cref="ArgumentException">When the source, id or names are missing.</exception>
    public static SanctionsEntity Create(string source, string sourceId, Schema schema, IEnumerable<EntityName> names)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentNullException.ThrowIfNull(names);
        var ordered = names.Where(n => !string.IsNullOrWhiteSpace(n.Full))
            .OrderBy(n => n.Kind == NameKind.Primary ? 0 : 1)
            .Distinct()
            .ToImmutableArray();
        if (ordered.IsEmpty)
        {
            throw new ArgumentException($"Entity {source}:{sourceId} has no name.", nameof(names));
        }

        return new SanctionsEntity
        {
            Id = ListSources.EntityId(source, sourceId.Trim()),
            Source = source,
            SourceId = sourceId.Trim(),
            Schema = schema,
            Names = ordered,
        };
    }
}
