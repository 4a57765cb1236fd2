namespace Vigil.Evaluation.EntityBench;

/// <summary>An entity check the matcher decided against its label.</summary>
/// <param name="Index">The check's 0-based position.</param>
/// <param name="Line">The line the check starts on.</param>
/// <param name="Schema">The schema as written.</param>
/// <param name="Label">The check's label, if any.</param>
/// <param name="Query">The query side, on one line.</param>
/// <param name="Candidate">The candidate side, on one line.</param>
/// <param name="Expected">The label.</param>
/// <param name="Got">What the matcher decided.</param>
/// <param name="Score">The entity score.</param>
/// <param name="Explanation">The matcher's one-line account.</param>
public sealed record EntityMiss(int Index, int Line, string Schema, string? Label, string Query, string Candidate, bool Expected, bool Got, double Score, string Explanation);
