using System.Collections.Immutable;

namespace Vigil.Model;

/// <summary>One complete, parsed publication of one list: what a reader hands to matching and storage.</summary>
/// <param name="Source">Source code, one of <see cref="ListSources"/>.</param>
/// <param name="Title">Human title, e.g. "OFAC Specially Designated Nationals".</param>
/// <param name="PublishedAt">Publication time the file states, or null when it states none (legacy OFAC CSV).</param>
/// <param name="Origin">Where the data came from: the file or folder path, or the URL.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 over the source files' bytes, in a fixed order.</param>
/// <param name="Entities">Every entity of the publication.</param>
public sealed record ListSnapshot(
    string Source,
    string Title,
    DateTimeOffset? PublishedAt,
    string Origin,
    string ContentHash,
    ImmutableArray<SanctionsEntity> Entities)
{
    /// <summary>Entity counts by schema.</summary>
    public IReadOnlyDictionary<Schema, int> CountsBySchema =>
        Entities.GroupBy(e => e.Schema).ToDictionary(g => g.Key, g => g.Count());
}
