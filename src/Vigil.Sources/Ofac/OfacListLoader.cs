using System.Collections.Immutable;
using System.Security.Cryptography;
using Vigil.Model;
using Vigil.Sources.Ofac.Csv;
using Vigil.Sources.Ofac.Mapping;
using Vigil.Sources.Ofac.Xml;

namespace Vigil.Sources.Ofac;

/// <summary>
/// Loads one OFAC list from a folder (legacy CSV files, or the XML file) or from a single file. Every file is read
/// and parsed before any entity is built, so a damaged file fails the load with a <see cref="ListFormatException"/>
/// and nothing is half-loaded.
/// </summary>
internal static class OfacListLoader
{
    /// <summary>True when the path is the list's primary CSV or XML file, or a folder holding one.</summary>
    public static bool CanLoad(OfacListLayout layout, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return false;
        }

        if (File.Exists(path))
        {
            var name = Path.GetFileName(path);
            return name.Equals(layout.PrimaryFile, StringComparison.OrdinalIgnoreCase) || IsXmlName(layout, name);
        }

        if (!Directory.Exists(path))
        {
            return false;
        }

        var files = FilesByName(path);
        return files.ContainsKey(layout.PrimaryFile) || layout.XmlFiles.Any(files.ContainsKey);
    }

    /// <summary>
    /// Loads the list. A folder holding both formats loads the XML: it states its publication date and carries the
    /// aliases and identifiers structured, where the CSV set may mix days.
    /// </summary>
    public static OfacLoadResult Load(OfacListLayout layout, string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string folder;
        if (File.Exists(path))
        {
            var name = Path.GetFileName(path);
            if (IsXmlName(layout, name))
            {
                return LoadXml(layout, Path.GetFullPath(path), cancellationToken);
            }

            if (!name.Equals(layout.PrimaryFile, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"'{path}' is neither {layout.PrimaryFile} nor {string.Join(" nor ", layout.XmlFiles)}.", nameof(path));
            }

            folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        }
        else if (Directory.Exists(path))
        {
            folder = Path.GetFullPath(path);
        }
        else
        {
            throw new DirectoryNotFoundException($"OFAC list path '{path}' does not exist.");
        }

        var files = FilesByName(folder);
        foreach (var xml in layout.XmlFiles)
        {
            if (files.TryGetValue(xml, out var xmlPath))
            {
                return LoadXml(layout, xmlPath, cancellationToken);
            }
        }

        if (!files.ContainsKey(layout.PrimaryFile))
        {
            throw new FileNotFoundException($"'{folder}' holds neither {layout.PrimaryFile} nor {string.Join(" nor ", layout.XmlFiles)}.");
        }

        return LoadCsv(layout, folder, files, cancellationToken);
    }

    private static OfacLoadResult LoadCsv(OfacListLayout layout, string folder, Dictionary<string, string> files, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var read = ImmutableArray.CreateBuilder<string>(4);
        string? Read(string name, out string path)
        {
            if (!files.TryGetValue(name, out path!))
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();

            // Hash the very bytes that are parsed, in the layout's fixed order (the same hash as ContentHash.OfFiles).
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(bytes);
            read.Add(Path.GetFileName(path));
            return OfacCsvReader.Decode(bytes);
        }

        var primaryText = Read(layout.PrimaryFile, out var primaryPath)!;
        var addressText = Read(layout.AddressFile, out var addressPath);
        var altText = Read(layout.AltFile, out var altPath);
        var commentText = Read(layout.CommentsFile, out var commentPath);

        var set = new OfacCsvSet(
            OfacCsvReader.ReadSdn(primaryPath, primaryText, cancellationToken),
            addressText is null ? [] : OfacCsvReader.ReadAddresses(addressPath, addressText, cancellationToken),
            altText is null ? [] : OfacCsvReader.ReadAlts(altPath, altText, cancellationToken),
            commentText is null ? [] : OfacCsvReader.ReadComments(commentPath, commentText, cancellationToken));

        var drafts = OfacCsvMapper.ToDrafts(set, out var stats, cancellationToken);
        var entities = OfacEntityBuilder.Build(layout.Code, drafts, out var resolved, out var unresolved);
        var snapshot = new ListSnapshot(layout.Code, layout.Title, null, folder, Convert.ToHexStringLower(hash.GetHashAndReset()), entities);
        var report = new OfacLoadReport(
            "csv",
            read.ToImmutable(),
            entities.Length,
            set.Addresses.Length,
            set.Alts.Length,
            set.Comments.Length,
            stats.OrphanAddressRows,
            stats.OrphanAltRows,
            stats.OrphanCommentRows,
            stats.StaleCommentRows,
            resolved,
            unresolved,
            null);
        return new OfacLoadResult(snapshot, report);
    }

    private static OfacLoadResult LoadXml(OfacListLayout layout, string path, CancellationToken cancellationToken)
    {
        var bytes = File.ReadAllBytes(path);
        OfacXmlDocument document;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            document = OfacXmlReader.Read(path, stream, cancellationToken);
        }

        var publishedAt = OfacXmlMapper.PublishedAt(path, document.PublishDate);
        var drafts = OfacXmlMapper.ToDrafts(document);
        var entities = OfacEntityBuilder.Build(layout.Code, drafts, out var resolved, out var unresolved);
        var snapshot = new ListSnapshot(layout.Code, layout.Title, publishedAt, path, Convert.ToHexStringLower(SHA256.HashData(bytes)), entities);
        var report = new OfacLoadReport(
            "xml",
            [Path.GetFileName(path)],
            entities.Length,
            document.Entries.Sum(e => e.Addresses.Length),
            document.Entries.Sum(e => e.Akas.Length),
            0,
            0,
            0,
            0,
            0,
            resolved,
            unresolved,
            document.RecordCount);
        return new OfacLoadResult(snapshot, report);
    }

    private static bool IsXmlName(OfacListLayout layout, string name) =>
        layout.XmlFiles.Any(x => x.Equals(name, StringComparison.OrdinalIgnoreCase));

    // OFAC's site names files both "SDN.CSV" and "sdn.csv"; on a case-sensitive file system either must be found.
    private static Dictionary<string, string> FilesByName(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            files.TryAdd(Path.GetFileName(file), file);
        }

        return files;
    }
}
