namespace Vigil.Evaluation.Candidates;

/// <summary>A named file of people who are on no sanctions list.</summary>
/// <param name="Name">The set's name (the file name without extensions: <c>negatives_global</c>).</param>
/// <param name="Rows">Its people.</param>
public sealed record NegativeSet(string Name, IReadOnlyList<CandidateRow> Rows);
