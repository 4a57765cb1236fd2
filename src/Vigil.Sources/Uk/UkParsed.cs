using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Uk;

/// <summary>A UK file read and mapped: its publication time (if it states one), its entities, and the ids of
/// designations set aside because they carry no name.</summary>
internal sealed record UkParsed(DateTimeOffset? PublishedAt, ImmutableArray<SanctionsEntity> Entities, ImmutableArray<string> Unnamed);
