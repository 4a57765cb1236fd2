using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Xml;

/// <summary>
/// What the lists published as one XML file (UN, EU, UK) share: which paths they load, which file of a folder is the
/// list, the snapshot (hash of that one file), and the loop that maps raw records into entities. Each list's source
/// keeps its reader, its mapper and its own error messages; this holds the rest once.
/// </summary>
/// <remarks>
/// <code>
/// private static readonly SingleFileXmlSource Files = new("UN", UnScReader.RootElement);
/// public ListSnapshot Load(string path, CancellationToken ct = default) => Files.Load(this, path, Parse, ct);
/// </code>
/// </remarks>
internal sealed class SingleFileXmlSource
{
    private readonly string list;
    private readonly string rootElement;
    private readonly string? fallbackExtension;

    /// <summary>Describes a list.</summary>
    /// <param name="list">The list's short name in messages ("UN", "EU", "UK").</param>
    /// <param name="rootElement">The local name of the root element of the list's XML.</param>
    /// <param name="fallbackExtension">
    /// Another file type the list is published in (".ods" for the UK's summary spreadsheet), loaded when a folder
    /// holds no XML file; null for none.
    /// </param>
    public SingleFileXmlSource(string list, string rootElement, string? fallbackExtension = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(rootElement);
        this.list = list;
        this.rootElement = rootElement;
        this.fallbackExtension = fallbackExtension;
    }

    /// <summary>Reads and maps one file into a <see cref="MappedList"/>; everything is checked before anything is returned.</summary>
    public delegate MappedList Parser(Stream stream, string file, CancellationToken cancellationToken);

    /// <summary>
    /// True for a folder holding an XML (or fallback) file, so that a corrupt list in a list folder fails loudly on
    /// load instead of being skipped; true for an XML file with the list's root element, or a fallback file.
    /// </summary>
    public bool CanLoad(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path).Any(f => IsXml(f) || IsFallback(f));
        }

        return File.Exists(path) && ((IsXml(path) && XmlListReader.HasRoot(path, rootElement)) || IsFallback(path));
    }

    /// <summary>True when the file is of the fallback type (the UK's <c>.ods</c>).</summary>
    public bool IsFallback(string file) =>
        fallbackExtension is not null && file.EndsWith(fallbackExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A file path is used as is. In a folder the one XML file is the list; among several, the one whose root element
    /// is the list's; with no XML file, the one fallback file.
    /// </summary>
    /// <exception cref="FileNotFoundException">When the path does not exist or the folder holds no list file.</exception>
    /// <exception cref="ListFormatException">When the folder holds more than one list file.</exception>
    public string ResolveFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return path;
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No {list} list file or folder at '{path}'.", path);
        }

        var files = Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).ToArray();
        var xml = files.Where(IsXml).ToArray();
        if (xml.Length > 1)
        {
            xml = [.. xml.Where(f => XmlListReader.HasRoot(f, rootElement))];
        }

        var candidates = xml.Length > 0 ? xml : files.Where(IsFallback).ToArray();
        return candidates.Length switch
        {
            1 => candidates[0],
            0 => throw new FileNotFoundException($"The folder '{path}' holds no {list} list {(fallbackExtension is null ? "XML file" : $"file (.xml or {fallbackExtension})")}.", path),
            _ => throw new ListFormatException(path, "folder", $"holds {candidates.Length} {list} list files; keep one"),
        };
    }

    /// <summary>Finds the list file of <paramref name="path"/>, then reads, maps and hashes it.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    public ListSnapshot Load(IListSource source, string path, Parser parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Load(source.Code, source.Title, path, ResolveFile(path), parse, cancellationToken);
    }

    /// <summary>Reads, maps and hashes one file already resolved; the snapshot's origin is <paramref name="path"/> as given.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    public static ListSnapshot Load(string code, string title, string path, string file, Parser parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        MappedList parsed;
        using (var stream = File.OpenRead(file))
        {
            parsed = parse(stream, file, cancellationToken);
        }

        return new ListSnapshot(code, title, parsed.PublishedAt, Path.GetFullPath(path), ContentHash.OfFiles([file]), parsed.Entities);
    }

    /// <summary>
    /// Maps every record in file order. A record the mapper returns null for (one that cannot be screened against) is
    /// set aside by id; an id that appears twice fails the whole list, since one of the two would silently be lost.
    /// </summary>
    /// <param name="records">The raw records, in file order.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="idField">The list's name for its id field, for the duplicate-id message (<c>REFERENCE_NUMBER</c>).</param>
    /// <param name="map">Maps one record; throws <see cref="ListFormatException"/> for a record without an id.</param>
    /// <param name="publishedAt">The list's publication time, carried into the result.</param>
    /// <param name="cancellationToken">Cancels between records.</param>
    /// <exception cref="ListFormatException">When a record cannot be mapped or an id appears twice.</exception>
    public static MappedList Map<TRecord>(
        ImmutableArray<TRecord> records,
        string file,
        string idField,
        Func<TRecord, string, SanctionsEntity?> map,
        DateTimeOffset? publishedAt,
        CancellationToken cancellationToken)
        where TRecord : IListRecord
    {
        ArgumentNullException.ThrowIfNull(map);
        var entities = ImmutableArray.CreateBuilder<SanctionsEntity>(records.Length);
        var unnamed = ImmutableArray.CreateBuilder<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = map(record, file);

            // The mapper has refused a record without an id, so there is one here.
            var id = record.SourceId!;
            if (!ids.Add(id))
            {
                throw new ListFormatException(file, record.Location, idField + " " + id + " appears twice");
            }

            if (entity is null)
            {
                unnamed.Add(id);
                continue;
            }

            entities.Add(entity);
        }

        return new MappedList(publishedAt, entities.ToImmutable(), unnamed.ToImmutable());
    }

    private static bool IsXml(string file) => file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
