namespace Vigil.Evaluation.EntityBench;

/// <summary>One whole-entity check of <c>entity_bench/checks.yml</c>.</summary>
/// <param name="Index">0-based position in the file.</param>
/// <param name="Line">The 1-based line the check starts on.</param>
/// <param name="Match">The label: true when query and candidate are the same party.</param>
/// <param name="Schema">The schema name as written (Person, Company, ...).</param>
/// <param name="Label">The check's label (e.g. "Initials Usage"), when it has one.</param>
/// <param name="Query">The query's properties.</param>
/// <param name="Candidate">The candidate's properties.</param>
public sealed record EntityCheck(int Index, int Line, bool Match, string Schema, string? Label, EntityProperties Query, EntityProperties Candidate);
