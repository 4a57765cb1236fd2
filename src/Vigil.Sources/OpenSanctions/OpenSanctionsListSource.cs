using System.Collections.Immutable;
using System.Globalization;
using Vigil.Model;

namespace Vigil.Sources.OpenSanctions;

/// <summary>
/// OpenSanctions data in FollowTheMoney JSON lines (<c>entities.ftm.json</c>). Entity ids are <c>os:&lt;id&gt;</c>,
/// e.g. <c>os:NK-aU5ybkbRFJucf8YMwsJvDw</c>. Note that OpenSanctions data is licensed CC BY-NC 4.0 upstream.
/// </summary>
/// <remarks>
/// Load one file, or a folder whose <c>.json</c>, <c>.jsonl</c> and <c>.ndjson</c> files are read together (in
/// ordinal name order) so that relations resolve across them:
/// <code>var snapshot = new OpenSanctionsListSource().Load("data/lists/os");</code>
/// The snapshot's publication time is the newest <c>last_change</c> in the data, since the export states none.
/// </remarks>
public sealed class OpenSanctionsListSource : IListSource
{
    /// <inheritdoc />
    public string Code => ListSources.OpenSanctions;

    /// <inheritdoc />
    public string Title => "OpenSanctions (FollowTheMoney)";

    /// <inheritdoc />
    public bool CanLoad(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Directory.Exists(path) ? DataFiles(path).Length > 0 : File.Exists(path) && IsDataFile(path);
    }

    /// <inheritdoc />
    public ListSnapshot Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string[] files;
        if (File.Exists(path))
        {
            files = [path];
        }
        else if (Directory.Exists(path))
        {
            files = DataFiles(path);
            if (files.Length == 0)
            {
                throw new FileNotFoundException($"The folder '{path}' holds no FollowTheMoney JSON file.", path);
            }
        }
        else
        {
            throw new FileNotFoundException($"No OpenSanctions file or folder at '{path}'.", path);
        }

        var records = ImmutableArray.CreateBuilder<FtmRecord>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            records.AddRange(ReadFile(stream, file, cancellationToken));
        }

        var parsed = Map(records.ToImmutable(), cancellationToken);
        return new ListSnapshot(Code, Title, parsed.PublishedAt, Path.GetFullPath(path), ContentHash.OfFiles(files), parsed.Entities);
    }

    /// <summary>Reads and maps one file; everything is checked before anything is returned.</summary>
    /// <exception cref="ListFormatException">When a line is malformed, the file is empty or the data is inconsistent.</exception>
    internal static OpenSanctionsParsed Parse(Stream stream, string file, CancellationToken cancellationToken = default) =>
        Map(ReadFile(stream, file, cancellationToken), cancellationToken);

    private static ImmutableArray<FtmRecord> ReadFile(Stream stream, string file, CancellationToken cancellationToken)
    {
        var records = FtmReader.Read(stream, file, cancellationToken);
        if (records.IsEmpty)
        {
            // An empty export is a failed download far more often than an empty list; it must not wipe the list.
            throw new ListFormatException(file, "line 1", "the file holds no entities");
        }

        return records;
    }

    private static OpenSanctionsParsed Map(ImmutableArray<FtmRecord> records, CancellationToken cancellationToken) =>
        new(LatestChange(records), OpenSanctionsMapper.Map(records, cancellationToken));

    private static DateTimeOffset? LatestChange(ImmutableArray<FtmRecord> records)
    {
        DateTimeOffset? latest = null;
        foreach (var record in records)
        {
            if (DateTimeOffset.TryParse(record.LastChange, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && (latest is null || at > latest))
            {
                latest = at;
            }
        }

        return latest;
    }

    private static string[] DataFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(IsDataFile).Order(StringComparer.Ordinal)];

    private static bool IsDataFile(string file) =>
        file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
}
