using System.Collections.Immutable;

namespace Vigil.Server.Entities;

/// <summary>An entity in brief.</summary>
internal sealed record EntitySummaryDto(string Id, string Schema, string Name, ImmutableArray<string> Programs);
