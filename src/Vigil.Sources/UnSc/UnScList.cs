using System.Collections.Immutable;

namespace Vigil.Sources.UnSc;

/// <summary>The whole UN file as read: its <c>dateGenerated</c> attribute and every record in file order.</summary>
internal sealed record UnScList(string? DateGenerated, ImmutableArray<UnScRecord> Records);
