using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Vigil.Model;

namespace Vigil.Sources.Eu;

/// <summary>
/// The EU Financial Sanctions File (consolidated list of persons, groups and entities subject to EU financial
/// sanctions), XML 1.1. Entity ids are <c>eu:&lt;logicalId&gt;</c>, e.g. <c>eu:13</c>.
/// </summary>
/// <remarks>
/// Load a file or a folder holding one such file:
/// <code>var snapshot = new EuListSource().Load("data/lists/eu");</code>
/// </remarks>
public sealed class EuListSource : IListSource
{
    /// <inheritdoc />
    public string Code => ListSources.EuropeanUnion;

    /// <inheritdoc />
    public string Title => "EU Financial Sanctions File";

    /// <inheritdoc />
    /// <remarks>A folder qualifies when it holds an XML file, so that a corrupt list fails loudly on load instead of being skipped.</remarks>
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
        EuParsed parsed;
        using (var stream = File.OpenRead(file))
        {
            parsed = Parse(stream, file, cancellationToken);
        }

        return new ListSnapshot(Code, Title, parsed.PublishedAt, Path.GetFullPath(path), ContentHash.OfFiles([file]), parsed.Entities);
    }

    /// <summary>Reads and maps a whole file; everything is checked before anything is returned.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    internal static EuParsed Parse(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var export = EuReader.Read(stream, file, cancellationToken);
        if (export.Entities.IsEmpty)
        {
            throw new ListFormatException(file, "element " + EuReader.RootElement, "the file holds no sanctionEntity");
        }

        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(export.Entities.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in export.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = EuMapper.Map(raw, file);
            if (!ids.Add(entity.Id))
            {
                throw new ListFormatException(file, raw.Location, "logicalId " + entity.SourceId + " appears twice");
            }

            entities.Add(entity);
        }

        var published = DateTimeOffset.TryParse(export.GenerationDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        return new EuParsed(published, entities.MoveToImmutable());
    }

    /// <summary>A file path is used as is; a folder must hold one XML file, or one whose root is the EU file's.</summary>
    private static string ResolveFile(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No EU list file or folder at '{path}'.", path);
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
            0 => throw new FileNotFoundException($"The folder '{path}' holds no EU list XML file.", path),
            _ => throw new ListFormatException(path, "folder", $"holds {lists.Length} EU list files; keep one"),
        };
    }

    private static bool HasRoot(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == EuReader.RootElement;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
