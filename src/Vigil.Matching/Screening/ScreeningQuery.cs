using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Matching.Screening;

/// <summary>What to screen: a name and whatever else is known about the party.</summary>
public sealed record ScreeningQuery
{
    /// <summary>The name as typed or received.</summary>
    public required string Name { get; init; }

    /// <summary>The party's type, when known; restricts and sharpens matching.</summary>
    public Schema? Schema { get; init; }

    /// <summary>Date of birth (persons) or incorporation, possibly partial.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>Countries (ISO alpha-2) tied to the party: nationality, residence, registration.</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>Identifiers: passport, tax number, IMO, BIC, ...</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];

    /// <summary>Gender, for persons.</summary>
    public Gender Gender { get; init; } = Gender.Unknown;

    /// <summary>Creates a name-only query.</summary>
    public static ScreeningQuery ForName(string name, Schema? schema = null) => new() { Name = name, Schema = schema };
}
