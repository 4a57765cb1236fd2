using System.Collections.Immutable;
using Vigil.Server.Entities;

namespace Vigil.Server.Lists;

/// <summary>The answer of <c>GET /v1/lists/{source}/diff</c>.</summary>
internal sealed record ListDiffDto(
    string Source,
    VersionDto From,
    VersionDto To,
    ChangeCountsDto Counts,
    ImmutableArray<EntitySummaryDto> Added,
    ImmutableArray<EntitySummaryDto> Removed,
    ImmutableArray<EntityChangeDto> Changed);
