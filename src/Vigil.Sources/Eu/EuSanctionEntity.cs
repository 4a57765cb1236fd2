using System.Collections.Immutable;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Eu;

/// <summary>
/// One <c>sanctionEntity</c> of the EU Financial Sanctions File (XML 1.1), keeping the file's attribute and element
/// names. Values are trimmed, otherwise as published.
/// </summary>
/// <param name="Location">Where the entity sits in the file, e.g. <c>element sanctionEntity[12]</c>.</param>
/// <param name="Raw">The entity's XML, kept for audit.</param>
internal sealed record EuSanctionEntity(string Location, string Raw) : IListRecord
{
    public string? LogicalId { get; init; }

    public string? EuReferenceNumber { get; init; }

    public string? UnitedNationId { get; init; }

    public string? DesignationDate { get; init; }

    public string? DesignationDetails { get; init; }

    /// <summary>The <c>code</c> attribute of <c>subjectType</c>: person or enterprise.</summary>
    public string? SubjectType { get; init; }

    public ImmutableArray<string> Remark { get; init; } = [];

    public ImmutableArray<EuRegulation> Regulation { get; init; } = [];

    public ImmutableArray<EuNameAlias> NameAlias { get; init; } = [];

    public ImmutableArray<EuCitizenship> Citizenship { get; init; } = [];

    public ImmutableArray<EuBirthdate> Birthdate { get; init; } = [];

    public ImmutableArray<EuIdentification> Identification { get; init; } = [];

    public ImmutableArray<EuAddress> Address { get; init; } = [];

    /// <inheritdoc />
    string? IListRecord.SourceId => LogicalId;
}
