using Vigil.Sources.Xml;

namespace Vigil.Sources.Uk;

/// <summary>
/// One row of the FCDO's spreadsheet summary of the list (<c>.ods</c>), named after its column headers.
/// The summary has names only: no aliases, dates of birth or addresses.
/// </summary>
/// <param name="Location">The sheet row, e.g. <c>row 12</c>.</param>
/// <param name="Raw">The row as <c>header: value</c> pairs separated by tabs, kept for audit.</param>
/// <param name="UniqueId">Column <c>Unique ID</c>, e.g. <c>AFG0001</c>.</param>
/// <param name="OfsiGroupId">Column <c>OFSI Group ID</c>.</param>
/// <param name="Name">Column <c>Name</c>: the primary name only.</param>
/// <param name="RegimeName">Column <c>Regime Name</c>, e.g. <c>Russia</c>.</param>
/// <param name="Type">Column <c>Type</c>: Individual, Entity or Ship.</param>
/// <param name="DesignationSource">Column <c>Designation source</c>: UK, UN or UK|UN.</param>
/// <param name="DateDesignated">Column <c>Date Designated</c>, <c>dd-MM-yyyy</c>.</param>
/// <param name="SanctionsImposed">Column <c>Sanctions Imposed</c>.</param>
internal sealed record UkSummaryRow(
    string Location,
    string Raw,
    string? UniqueId,
    string? OfsiGroupId,
    string? Name,
    string? RegimeName,
    string? Type,
    string? DesignationSource,
    string? DateDesignated,
    string? SanctionsImposed) : IListRecord
{
    /// <inheritdoc />
    string? IListRecord.SourceId => UniqueId;
}
