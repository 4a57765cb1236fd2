using System.Collections.Immutable;

namespace Vigil.Server.Matching;

/// <summary>One query's answer.</summary>
/// <param name="Status">200, or 400 when this query could not be read (see <paramref name="Errors"/>); the batch goes on.</param>
/// <param name="Results">Results best first.</param>
/// <param name="Total">How many results there are.</param>
/// <param name="Query">The query as received.</param>
/// <param name="Errors">Why the query could not be read, by property; null when it could.</param>
internal sealed record MatchQueryResponse(int Status, ImmutableArray<MatchResult> Results, MatchTotal Total, MatchQuery Query, Dictionary<string, string[]>? Errors);
