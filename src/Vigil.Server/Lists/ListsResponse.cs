using System.Collections.Immutable;

namespace Vigil.Server.Lists;

/// <summary>The answer of <c>GET /v1/lists</c>.</summary>
/// <param name="LoadedAt">When the server loaded the lists.</param>
/// <param name="Names">Indexed names (primary names and aliases).</param>
/// <param name="Lists">Each loaded list.</param>
internal sealed record ListsResponse(DateTimeOffset LoadedAt, int Names, ImmutableArray<ListInfoDto> Lists);
