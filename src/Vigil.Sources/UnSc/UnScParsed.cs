using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.UnSc;

/// <summary>A UN file read and mapped: its publication time and its entities.</summary>
internal sealed record UnScParsed(DateTimeOffset? PublishedAt, ImmutableArray<SanctionsEntity> Entities);
