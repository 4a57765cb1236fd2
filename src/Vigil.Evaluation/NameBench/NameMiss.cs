namespace Vigil.Evaluation.NameBench;

/// <summary>A name case the matcher decided against its label.</summary>
/// <param name="Line">The case's line in cases.csv.</param>
/// <param name="Group">The case group.</param>
/// <param name="Schema">The schema name as written.</param>
/// <param name="Query">name1.</param>
/// <param name="Listed">name2.</param>
/// <param name="Expected">The label: true for a match.</param>
/// <param name="Got">What the matcher decided at the threshold.</param>
/// <param name="Score">Vigil's name score.</param>
/// <param name="LogicV2Score">logic-v2's frozen score on the same case, when it has one.</param>
/// <param name="Half">"A" or "B".</param>
/// <param name="Quality">The label's quality as written.</param>
/// <param name="Notes">The case's notes as written.</param>
/// <param name="Explanation">The matcher's one-line account of the comparison.</param>
public sealed record NameMiss(
    int Line,
    string Group,
    string Schema,
    string Query,
    string Listed,
    bool Expected,
    bool Got,
    double Score,
    double? LogicV2Score,
    string Half,
    string Quality,
    string Notes,
    string Explanation);
