using System.Collections.Immutable;

namespace Vigil.Server.Entities;

/// <summary>The full record of one listed entity, with its links resolved and, when the store has it, its history.</summary>
internal sealed record EntityDocument(
    string Id,
    string Source,
    string SourceId,
    string Schema,
    string Name,
    ImmutableArray<NameDto> Names,
    ImmutableArray<BirthDateDto> BirthDates,
    ImmutableArray<PlaceDto> BirthPlaces,
    ImmutableArray<string> Nationalities,
    ImmutableArray<string> Citizenships,
    ImmutableArray<string> Countries,
    ImmutableArray<AddressDto> Addresses,
    ImmutableArray<IdentifierDto> Identifiers,
    string Gender,
    ImmutableArray<string> Programs,
    ImmutableArray<string> Titles,
    string? Remarks,
    DateOnly? ListedOn,
    ImmutableArray<LinkDto> Links,
    ImmutableArray<LinkDto> LinkedFrom,
    string? Raw,
    ImmutableArray<HistoryEntryDto>? History);
