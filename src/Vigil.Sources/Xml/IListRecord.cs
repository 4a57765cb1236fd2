namespace Vigil.Sources.Xml;

/// <summary>What every raw record of a single-file list tells the mapping loop: where it sits and the id the list gives it.</summary>
internal interface IListRecord
{
    /// <summary>Where the record sits in the file, e.g. <c>element INDIVIDUAL[17]</c> or <c>row 12</c>, for error messages.</summary>
    string Location { get; }

    /// <summary>The list's own id for the record (trimmed), or null when the record lacks one.</summary>
    string? SourceId { get; }
}
