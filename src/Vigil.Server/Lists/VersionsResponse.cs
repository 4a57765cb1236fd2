using System.Collections.Immutable;

namespace Vigil.Server.Lists;

/// <summary>The answer of <c>GET /v1/lists/{source}/versions</c>.</summary>
internal sealed record VersionsResponse(string Source, ImmutableArray<VersionDto> Versions);
