using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Vigil.Model;

namespace Vigil.Sources.UnSc;

/// <summary>
/// The UN Security Council Consolidated List in its XML form (<c>sc-sanctions.xsd</c>). Entity ids are
/// <c>un-sc:&lt;REFERENCE_NUMBER&gt;</c>, e.g. <c>un-sc:QDi.001</c>.
/// </summary>
/// <remarks>
/// Load a file (<c>consolidated.xml</c>) or a folder holding one such file:
/// <code>var snapshot = new UnScListSource().Load("data/lists/un-sc");</code>
/// </remarks>
public sealed class UnScListSource : IListSource
{
    /// <inheritdoc />
    public string Code => ListSources.UnSecurityCouncil;

    /// <inheritdoc />
    public string Title => "UN Security Council Consolidated List";

    /// <inheritdoc />
    /// <remarks>A folder qualifies when it holds an XML file, so that a corrupt list in a list folder fails loudly on load instead of being skipped.</remarks>
    public bool CanLoad(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.xml").Any();
        }

        return File.Exists(path) && path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && HasRoot(path);
    }

    /// <inheritdoc />
    public ListSnapshot Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = ResolveFile(path);
        UnScParsed parsed;
        using (var stream = File.OpenRead(file))
        {
            parsed = Parse(stream, file, cancellationToken);
        }

        return new ListSnapshot(Code, Title, parsed.PublishedAt, Path.GetFullPath(path), ContentHash.OfFiles([file]), parsed.Entities);
    }

    /// <summary>Reads and maps a whole file; everything is checked before anything is returned.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    internal static UnScParsed Parse(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var list = UnScReader.Read(stream, file, cancellationToken);
        if (list.Records.IsEmpty)
        {
            throw new ListFormatException(file, "element " + UnScReader.RootElement, "the list holds no INDIVIDUAL or ENTITY");
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(list.Records.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in list.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = UnScMapper.Map(record, file);
            if (!ids.Add(entity.Id))
            {
                throw new ListFormatException(file, record.Location, "REFERENCE_NUMBER " + entity.SourceId + " appears twice");
            }

            entities.Add(entity);
        }

        return new UnScParsed(ParseGenerated(list.DateGenerated), entities.MoveToImmutable());
    }

    private static DateTimeOffset? ParseGenerated(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>A file path is used as is; a folder must hold one XML file, or one whose root is the UN list's.</summary>
    private static string ResolveFile(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No UN list file or folder at '{path}'.", path);
        }

        var candidates = Directory.EnumerateFiles(path, "*.xml").Order(StringComparer.Ordinal).ToArray();
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        var lists = candidates.Where(HasRoot).ToArray();
        return lists.Length switch
        {
            1 => lists[0],
            0 => throw new FileNotFoundException($"The folder '{path}' holds no UN list XML file.", path),
            _ => throw new ListFormatException(path, "folder", $"holds {lists.Length} UN list files; keep one"),
        };
    }

    private static bool HasRoot(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == UnScReader.RootElement;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
