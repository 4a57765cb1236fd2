using System.Collections.Immutable;
using Vigil.Sources.Xml;

namespace Vigil.Sources.UnSc;

/// <summary>
/// One <c>INDIVIDUAL</c> or <c>ENTITY</c> of the UN Security Council consolidated list as published
/// (schema <c>sc-sanctions.xsd</c>), keeping the UN's field names. Values are trimmed, otherwise untouched.
/// </summary>
/// <param name="Kind">Individual or entity.</param>
/// <param name="Location">Where the record sits in the file, e.g. <c>element INDIVIDUAL[17]</c>, for error messages.</param>
/// <param name="Raw">The record's XML, kept for audit.</param>
internal sealed record UnScRecord(UnScRecordKind Kind, string Location, string Raw) : IListRecord
{
    public string? DataId { get; init; }

    public string? FirstName { get; init; }

    public string? SecondName { get; init; }

    public string? ThirdName { get; init; }

    public string? FourthName { get; init; }

    public string? UnListType { get; init; }

    public string? ReferenceNumber { get; init; }

    public string? ListedOn { get; init; }

    public string? NameOriginalScript { get; init; }

    public string? Comments1 { get; init; }

    public string? Gender { get; init; }

    public ImmutableArray<string> Title { get; init; } = [];

    public ImmutableArray<string> Designation { get; init; } = [];

    public ImmutableArray<string> Nationality { get; init; } = [];

    public ImmutableArray<string> ListType { get; init; } = [];

    public ImmutableArray<UnScAlias> Aliases { get; init; } = [];

    public ImmutableArray<UnScAddress> Addresses { get; init; } = [];

    public ImmutableArray<UnScDateOfBirth> DatesOfBirth { get; init; } = [];

    public ImmutableArray<UnScPlaceOfBirth> PlacesOfBirth { get; init; } = [];

    public ImmutableArray<UnScDocument> Documents { get; init; } = [];

    /// <inheritdoc />
    string? IListRecord.SourceId => ReferenceNumber;
}
