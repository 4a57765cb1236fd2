namespace Vigil.Evaluation.Candidates;

/// <summary>The UN entity a row of the UN fixtures stands for.</summary>
/// <param name="Row">The 1-based data row (the same in the treated and untreated files).</param>
/// <param name="ExpectedId">The entity id (<c>un-sc:QDi.001</c>), or null when no unambiguous entity was found.</param>
/// <param name="Derivation">How it was found: <c>name</c>, <c>name+dob</c>; or why not: <c>ambiguous</c>, <c>not-found</c>.</param>
public sealed record UnExpectedEntry(int Row, string? ExpectedId, string Derivation);
