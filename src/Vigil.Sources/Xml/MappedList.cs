using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Xml;

/// <summary>A list file read and mapped: its publication time (if it states one), its entities, and the ids of
/// records set aside because they cannot be screened against (a UK designation with no name).</summary>
/// <param name="PublishedAt">When the list says it was generated, or null.</param>
/// <param name="Entities">Every mapped entity, in file order.</param>
/// <param name="Unnamed">Ids of the records set aside, in file order.</param>
internal sealed record MappedList(DateTimeOffset? PublishedAt, ImmutableArray<SanctionsEntity> Entities, ImmutableArray<string> Unnamed);
