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
            var read = FtmReader.Read(stream, file, cancellationToken);
            if (read.IsEmpty)
            {
                // An empty export is a failed download far more often than an empty list; it must not wipe the list.
                throw new ListFormatException(file, "line 1", "the file holds no entities");
            }

            records.AddRange(read);
        }

        var all = records.ToImmutable();
        var entities = OpenSanctionsMapper.Map(all, cancellationToken);
        return new ListSnapshot(Code, Title, LatestChange(all), path, ContentHash.OfFiles(files), entities);
    }

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
