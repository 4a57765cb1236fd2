using System.Collections.Immutable;

namespace Vigil.Server.Lists;

/// <summary>The answer of <c>GET /v1/lists</c>.</summary>
/// <param name="LoadedAt">When the lists in service were put in service (at start, or at the last swap).</param>
/// <param name="Names">Indexed names (primary names and aliases).</param>
/// <param name="Lists">Each loaded list.</param>
/// <param name="Refresh">The refresh schedule.</param>
internal sealed record ListsResponse(DateTimeOffset LoadedAt, int Names, ImmutableArray<ListInfoDto> Lists, RefreshScheduleDto Refresh);
