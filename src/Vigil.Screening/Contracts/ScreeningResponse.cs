using System.Collections.Immutable;

namespace Vigil.Screening.Contracts;

/// <summary>The JSON answer to one screening query, shared by <c>vigil screen --json</c> and the HTTP API.</summary>
/// <param name="Query">The query as understood.</param>
/// <param name="Results">Results sorted by score, highest first.</param>
public sealed record ScreeningResponse(QueryDto Query, ImmutableArray<ResultDto> Results);
