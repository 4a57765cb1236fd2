namespace Vigil.Matching.Screening;

/// <summary>
/// What screening one query took, counted rather than timed: the work behind its latency, the same on any machine.
/// </summary>
/// <param name="Candidates">Indexed names the index handed to scoring.</param>
/// <param name="Aligned">Of those, names aligned in full: the rest were skipped by their logit bound.</param>
/// <param name="TokensCompared">Distinct listed tokens the query's tokens were compared with.</param>
public readonly record struct ScreeningWork(int Candidates, int Aligned, int TokensCompared)
{
    /// <summary>The work of two screenings of one query (the name whole and a part of it, or its two readings).</summary>
    public static ScreeningWork operator +(ScreeningWork a, ScreeningWork b) =>
        new(a.Candidates + b.Candidates, a.Aligned + b.Aligned, a.TokensCompared + b.TokensCompared);
}
