using System.Collections.Immutable;
using System.Xml;
using Vigil.Model;

namespace Vigil.Sources.Uk;

/// <summary>
/// The UK Sanctions List published by the FCDO. Entity ids are <c>uk:&lt;Unique ID&gt;</c>, e.g. <c>uk:RUS0251</c>.
/// Reads the full XML list (root <c>Designations</c>) and, where only that is at hand, the FCDO's spreadsheet
/// summary (<c>.ods</c>), which has primary names, regimes and designation dates but no aliases or identifiers.
/// </summary>
/// <remarks>
/// Load a file or a folder; in a folder the XML list wins over a spreadsheet:
/// <code>var snapshot = new UkListSource().Load("data/lists/uk");</code>
/// </remarks>
public sealed class UkListSource : IListSource
{
    /// <inheritdoc />
    public string Code => ListSources.UnitedKingdom;

    /// <inheritdoc />
    public string Title => "UK Sanctions List (FCDO)";

    /// <inheritdoc />
    /// <remarks>A folder qualifies when it holds an XML or .ods file, so that a corrupt list fails loudly on load instead of being skipped.</remarks>
    public bool CanLoad(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path).Any(f => IsXml(f) || IsOds(f));
        }

        return File.Exists(path) && ((IsXml(path) && HasRoot(path)) || IsOds(path));
    }

    /// <inheritdoc />
    public ListSnapshot Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = ResolveFile(path);
        return IsOds(file) ? LoadSummary(file, cancellationToken) : LoadXml(file, cancellationToken);
    }

    private ListSnapshot LoadXml(string file, CancellationToken cancellationToken)
    {
        UkList list;
        using (var stream = File.OpenRead(file))
        {
            list = UkReader.Read(stream, file, cancellationToken);
        }

        if (list.Designations.IsEmpty)
        {
            throw new ListFormatException(file, "element " + UkReader.RootElement, "the list holds no Designation");
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(list.Designations.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var designation in list.Designations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = UkMapper.Map(designation, file);
            if (!ids.Add(entity.Id))
            {
                throw new ListFormatException(file, designation.Location, "UniqueID " + entity.SourceId + " appears twice");
            }

            entities.Add(entity);
        }

        var published = UkMapper.ParseDay(list.DateGenerated) is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        return new ListSnapshot(Code, Title, published, file, ContentHash.OfFiles([file]), entities.MoveToImmutable());
    }

    private ListSnapshot LoadSummary(string file, CancellationToken cancellationToken)
    {
        ImmutableArray<UkSummaryRow> rows;
        using (var stream = File.OpenRead(file))
        {
            rows = UkSummaryReader.Read(stream, file, cancellationToken);
        }

        if (rows.IsEmpty)
        {
            throw new ListFormatException(file, "row 2", "the sheet holds no designation rows");
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(rows.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = UkMapper.Map(row, file);
            if (!ids.Add(entity.Id))
            {
                throw new ListFormatException(file, row.Location, "Unique ID " + entity.SourceId + " appears twice");
            }

            entities.Add(entity);
        }

        // The spreadsheet states no publication date: its document dates are those of the Excel template.
        return new ListSnapshot(Code, Title + " (summary)", null, file, ContentHash.OfFiles([file]), entities.MoveToImmutable());
    }

    private static bool IsXml(string file) => file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsOds(string file) => file.EndsWith(".ods", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file is used as is; in a folder the one XML list is preferred, else the one spreadsheet.</summary>
    private static string ResolveFile(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No UK list file or folder at '{path}'.", path);
        }

        var files = Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).ToArray();
        var xml = files.Where(IsXml).ToArray();
        if (xml.Length > 1)
        {
            xml = [.. xml.Where(HasRoot)];
        }

        var candidates = xml.Length > 0 ? xml : files.Where(IsOds).ToArray();
        return candidates.Length switch
        {
            1 => candidates[0],
            0 => throw new FileNotFoundException($"The folder '{path}' holds no UK list file (.xml or .ods).", path),
            _ => throw new ListFormatException(path, "folder", $"holds {candidates.Length} UK list files; keep one"),
        };
    }

    private static bool HasRoot(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == UkReader.RootElement;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
