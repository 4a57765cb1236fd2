namespace Vigil.Evaluation.Cases;

/// <summary>A case decided against its expectation.</summary>
/// <param name="Line">The case's line.</param>
/// <param name="Query">The name screened.</param>
/// <param name="Schema">The type given, or "Any".</param>
/// <param name="Expected">The expected entity id, or NONE.</param>
/// <param name="GotId">The top match at the threshold, or null when nothing matched.</param>
/// <param name="GotName">The top match's matched name.</param>
/// <param name="Score">The top match's score; with no match, the expected entity's own score where it is loaded.</param>
/// <param name="Explanation">The top match's account; with no match, the expected entity's.</param>
public sealed record CaseMiss(int Line, string Query, string Schema, string Expected, string? GotId, string? GotName, double? Score, string Explanation);
