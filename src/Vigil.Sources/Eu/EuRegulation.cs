namespace Vigil.Sources.Eu;

/// <summary>One <c>regulation</c> of a sanction entity: the legal act and the programme it belongs to.</summary>
internal sealed record EuRegulation(
    string? Programme,
    string? PublicationDate,
    string? EntryIntoForceDate,
    string? NumberTitle,
    string? RegulationType,
    string? PublicationUrl);
