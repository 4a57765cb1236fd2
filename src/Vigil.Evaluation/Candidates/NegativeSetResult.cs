namespace Vigil.Evaluation.Candidates;

/// <summary>How often the people of one negative set matched anything.</summary>
/// <param name="Set">The set's name.</param>
/// <param name="Queries">People screened.</param>
/// <param name="FalseHits">People with a match at the threshold.</param>
public sealed record NegativeSetResult(string Set, int Queries, int FalseHits)
{
    /// <summary>FalseHits / Queries; 0 for an empty set.</summary>
    public double Rate => Queries > 0 ? (double)FalseHits / Queries : 0;
}
