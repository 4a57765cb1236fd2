using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.OpenSanctions;

/// <summary>FollowTheMoney data read and mapped: the newest <c>last_change</c> and the entities.</summary>
internal sealed record OpenSanctionsParsed(DateTimeOffset? PublishedAt, ImmutableArray<SanctionsEntity> Entities);
