using System.Collections.Immutable;

namespace Vigil.Server.Lists;

/// <summary>The server's refresh schedule, in <c>GET /v1/lists</c>.</summary>
/// <param name="Enabled">True when the server fetches the lists on a schedule (<c>Vigil:Refresh:Interval</c>).</param>
/// <param name="IntervalSeconds">Seconds between passes, or null when off.</param>
/// <param name="Sources">The lists the schedule refreshes.</param>
/// <param name="LastPassAt">When the last scheduled pass ended, or null.</param>
internal sealed record RefreshScheduleDto(bool Enabled, double? IntervalSeconds, ImmutableArray<string> Sources, DateTimeOffset? LastPassAt);
