using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Eu;

/// <summary>An EU file read and mapped: its publication time and its entities.</summary>
internal sealed record EuParsed(DateTimeOffset? PublishedAt, ImmutableArray<SanctionsEntity> Entities);
