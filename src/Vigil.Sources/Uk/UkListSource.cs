using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Uk;

/// <summary>
/// The UK Sanctions List published by the FCDO. Entity ids are <c>uk:&lt;Unique ID&gt;</c>, e.g. <c>uk:RUS0251</c>.
/// Reads the full XML list (root <c>Designations</c>) and, where only that is at hand, the FCDO's spreadsheet
/// summary (<c>.ods</c>), which has primary names, regimes and designation dates but no aliases or identifiers.
/// </summary>
/// <remarks>
/// Load a file or a folder; in a folder the XML list wins over a spreadsheet:
/// <code>var snapshot = new UkListSource().Load("data/lists/uk");</code>
/// The FCDO publishes a few designations with no name at all (two in the 11 August 2025 export). They cannot be
/// screened against and are left out of the snapshot rather than failing the whole list.
/// </remarks>
public sealed class UkListSource : IListSource
{
    private static readonly SingleFileXmlSource Files = new("UK", UkReader.RootElement, fallbackExtension: ".ods");

    /// <inheritdoc />
    public string Code => ListSources.UnitedKingdom;

    /// <inheritdoc />
    public string Title => "UK Sanctions List (FCDO)";

    /// <inheritdoc />
    /// <remarks>A folder qualifies when it holds an XML or .ods file, so that a corrupt list fails loudly on load instead of being skipped.</remarks>
    public bool CanLoad(string path) => Files.CanLoad(path);

    /// <inheritdoc />
    public ListSnapshot Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = Files.ResolveFile(path);
        return Files.IsFallback(file)
            ? SingleFileXmlSource.Load(Code, Title + " (summary)", path, file, ParseSummary, cancellationToken)
            : SingleFileXmlSource.Load(Code, Title, path, file, ParseXml, cancellationToken);
    }

    /// <summary>Reads and maps a whole XML list; everything is checked before anything is returned.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    internal static MappedList ParseXml(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var list = UkReader.Read(stream, file, cancellationToken);
        if (list.Designations.IsEmpty)
        {
            throw new ListFormatException(file, "element " + UkReader.RootElement, "the list holds no Designation");
        }

        var published = UkMapper.ParseDay(list.DateGenerated) is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        return Named(SingleFileXmlSource.Map(list.Designations, file, "UniqueID", UkMapper.Map, published, cancellationToken), file);
    }

    /// <summary>Reads and maps a whole spreadsheet summary (<c>.ods</c>); the stream must be seekable.</summary>
    /// <exception cref="ListFormatException">When the file is not a readable spreadsheet, lacks the columns, or is inconsistent.</exception>
    internal static MappedList ParseSummary(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var rows = UkSummaryReader.Read(stream, file, cancellationToken);
        if (rows.IsEmpty)
        {
            throw new ListFormatException(file, "row 2", "the sheet holds no designation rows");
        }

        // The spreadsheet states no publication date: its document dates are those of the Excel template.
        return Named(SingleFileXmlSource.Map(rows, file, "Unique ID", UkMapper.Map, publishedAt: null, cancellationToken), file);
    }

    /// <summary>Unnamed designations are set aside, but a list with nothing else is a broken export, not an empty list.</summary>
    private static MappedList Named(MappedList mapped, string file) =>
        mapped.Entities.IsEmpty ? throw new ListFormatException(file, "file", "no designation carries a name") : mapped;
}
