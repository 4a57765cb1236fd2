namespace Vigil.Evaluation.NameBench;

/// <summary>One labelled name pair of <c>name_bench/cases.csv</c>.</summary>
/// <param name="Line">The 1-based line in the file.</param>
/// <param name="Group">The <c>case_group</c> (synth_people, nk_checks, ...).</param>
/// <param name="Schema">The FollowTheMoney schema name as written (Person, Company, ...).</param>
/// <param name="Name1">The first name, taken as the query.</param>
/// <param name="Name2">The second name, taken as the listed name.</param>
/// <param name="IsMatch">The label.</param>
/// <param name="Quality">How sure the label is (STRONG, MEDIUM, ...), as written.</param>
/// <param name="Category">The case's category, as written.</param>
/// <param name="Notes">Free-text notes, as written.</param>
public sealed record NameCase(int Line, string Group, string Schema, string Name1, string Name2, bool IsMatch, string Quality, string Category, string Notes);
