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
/// The FCDO publishes a few designations with no name at all (two in the 11 August 2025 export). They cannot be
/// screened against and are left out of the snapshot rather than failing the whole list.
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
        var origin = Path.GetFullPath(path);
        return IsOds(file) ? LoadSummary(file, origin, cancellationToken) : LoadXml(file, origin, cancellationToken);
    }

    private ListSnapshot LoadXml(string file, string origin, CancellationToken cancellationToken)
    {
        UkParsed parsed;
        using (var stream = File.OpenRead(file))
        {
            parsed = ParseXml(stream, file, cancellationToken);
        }

        return new ListSnapshot(Code, Title, parsed.PublishedAt, origin, ContentHash.OfFiles([file]), parsed.Entities);
    }

    private ListSnapshot LoadSummary(string file, string origin, CancellationToken cancellationToken)
    {
        UkParsed parsed;
        using (var stream = File.OpenRead(file))
        {
            parsed = ParseSummary(stream, file, cancellationToken);
        }

        return new ListSnapshot(Code, Title + " (summary)", parsed.PublishedAt, origin, ContentHash.OfFiles([file]), parsed.Entities);
    }

    /// <summary>Reads and maps a whole XML list; everything is checked before anything is returned.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    internal static UkParsed ParseXml(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var list = UkReader.Read(stream, file, cancellationToken);
        if (list.Designations.IsEmpty)
        {
            throw new ListFormatException(file, "element " + UkReader.RootElement, "the list holds no Designation");
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(list.Designations.Length);
        var unnamed = ImmutableArray.CreateBuilder<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var designation in list.Designations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = UkMapper.Map(designation, file);
            if (!ids.Add(designation.UniqueID!))
            {
                throw new ListFormatException(file, designation.Location, "UniqueID " + designation.UniqueID + " appears twice");
            }

            if (entity is null)
            {
                unnamed.Add(designation.UniqueID!);
                continue;
            }

            entities.Add(entity);
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(file, "file", "no designation carries a name");
        }

        var published = UkMapper.ParseDay(list.DateGenerated) is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        return new UkParsed(published, entities.ToImmutable(), unnamed.ToImmutable());
    }

    /// <summary>Reads and maps a whole spreadsheet summary (<c>.ods</c>); the stream must be seekable.</summary>
    /// <exception cref="ListFormatException">When the file is not a readable spreadsheet, lacks the columns, or is inconsistent.</exception>
    internal static UkParsed ParseSummary(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var rows = UkSummaryReader.Read(stream, file, cancellationToken);
        if (rows.IsEmpty)
        {
            throw new ListFormatException(file, "row 2", "the sheet holds no designation rows");
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(rows.Length);
        var unnamed = ImmutableArray.CreateBuilder<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = UkMapper.Map(row, file);
            if (!ids.Add(row.UniqueId!))
            {
                throw new ListFormatException(file, row.Location, "Unique ID " + row.UniqueId + " appears twice");
            }

            if (entity is null)
            {
                unnamed.Add(row.UniqueId!);
                continue;
            }

            entities.Add(entity);
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(file, "file", "no designation carries a name");
        }

        // The spreadsheet states no publication date: its document dates are those of the Excel template.
        return new UkParsed(null, entities.ToImmutable(), unnamed.ToImmutable());
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
