using Vigil.Model;

namespace Vigil.Evaluation.Cases;

/// <summary>One row of a user's cases file.</summary>
/// <param name="Line">The 1-based line in the file.</param>
/// <param name="Query">The name to screen.</param>
/// <param name="Schema">The party's type, or null for <c>Any</c>.</param>
/// <param name="ExpectedId">The entity that should be the top match, or null for <c>NONE</c> (nothing should match).</param>
public sealed record CaseRow(int Line, string Query, Schema? Schema, string? ExpectedId);
