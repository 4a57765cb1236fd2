namespace Vigil.Evaluation.NameBench;

/// <summary>One row of <c>logicv2-frozen.csv</c>: OpenSanctions logic-v2's score on a name case.</summary>
/// <param name="Line">The 1-based line in the file.</param>
/// <param name="Group">The case group.</param>
/// <param name="CaseId">logic-v2's case id.</param>
/// <param name="Schema">The schema name as written.</param>
/// <param name="Name1">The first name.</param>
/// <param name="Name2">The second name.</param>
/// <param name="IsMatch">The label.</param>
/// <param name="Score">logic-v2's score in 0..1.</param>
public sealed record LogicV2Score(int Line, string Group, string CaseId, string Schema, string Name1, string Name2, bool IsMatch, double Score);
