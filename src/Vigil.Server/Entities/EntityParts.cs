using System.Collections.Immutable;

namespace Vigil.Server.Entities;

/// <summary>One name: as published, its kind (primary, strongAlias, weakAlias, formerName, originalScript) and known parts.</summary>
internal sealed record NameDto(string Full, string Kind, string? Given, string? Family, string? Middle, string? Language);

/// <summary>A date of birth: <c>from</c>, <c>to</c> for a range, <c>circa</c>; <c>text</c> as Vigil writes it.</summary>
internal sealed record BirthDateDto(string From, string? To, bool Circa, string Text);

/// <summary>A place with its ISO country code.</summary>
internal sealed record PlaceDto(string Text, string? CountryCode);

/// <summary>A postal address.</summary>
internal sealed record AddressDto(string Full, string? Street, string? City, string? Region, string? PostalCode, string? Country, string? CountryCode);

/// <summary>An identifier: its kind, value, issuing country, the source's label and note.</summary>
internal sealed record IdentifierDto(string Type, string Value, string? CountryCode, string? Label, string? Note);

/// <summary>
/// A link between two entities. In <c>links</c>: this entity's published relation to another (<c>id</c> and
/// <c>entity</c> set when the other is resolved in the loaded lists). In <c>linkedFrom</c>: another entity whose
/// published relation points here.
/// </summary>
internal sealed record LinkDto(string Relation, string Name, string? Id, EntitySummaryDto? Entity);

/// <summary>An entity in brief.</summary>
internal sealed record EntitySummaryDto(string Id, string Schema, string Name, ImmutableArray<string> Programs);
