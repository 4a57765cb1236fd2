using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Storage.Versions;

/// <summary>
/// One stored, immutable publication of one list. Versions of a source are numbered 1, 2, 3... in the order they
/// were stored; the current version is the applied one with the highest number.
/// </summary>
public sealed record ListVersion
{
    /// <summary>Store-wide id of the version.</summary>
    public required long Id { get; init; }

    /// <summary>Source code, one of <see cref="ListSources"/>.</summary>
    public required string Source { get; init; }

    /// <summary>Number of the version within its source, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>Applied, held for review, or discarded.</summary>
    public required VersionState State { get; init; }

    /// <summary>Human title of the list.</summary>
    public required string Title { get; init; }

    /// <summary>Where the data came from: a path or URL.</summary>
    public required string Origin { get; init; }

    /// <summary>SHA-256 of the source files, as the reader computed it.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Publication time the files state, or null (legacy OFAC CSV states none).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the files were fetched or imported, from the importer's <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>When the version became current, or null while held or when discarded.</summary>
    public DateTimeOffset? AppliedAt { get; init; }

    /// <summary>Number of entities.</summary>
    public required int EntityCount { get; init; }

    /// <summary>Entity counts by schema.</summary>
    public required ImmutableSortedDictionary<Schema, int> CountsBySchema { get; init; }

    /// <summary>The version that was current when this one was stored, or null for a source's first version.</summary>
    public long? PreviousVersionId { get; init; }

    /// <summary>Changes against <see cref="PreviousVersionId"/> (all added for a first version).</summary>
    public required ChangeCounts Changes { get; init; }

    /// <summary>Why the version was held or discarded, or null.</summary>
    public string? Note { get; init; }

    /// <summary>Value equality, counts by schema included (compared entry by entry, not by reference).</summary>
    public bool Equals(ListVersion? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && Number == other.Number
        && State == other.State
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Origin, other.Origin, StringComparison.Ordinal)
        && string.Equals(ContentHash, other.ContentHash, StringComparison.Ordinal)
        && PublishedAt == other.PublishedAt
        && FetchedAt == other.FetchedAt
        && AppliedAt == other.AppliedAt
        && EntityCount == other.EntityCount
        && CountsBySchema.SequenceEqual(other.CountsBySchema)
        && PreviousVersionId == other.PreviousVersionId
        && Changes == other.Changes
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Number, State, ContentHash);

    /// <inheritdoc />
    public override string ToString() => $"{Source} v{Number} ({State}, {EntityCount} entities)";
}
