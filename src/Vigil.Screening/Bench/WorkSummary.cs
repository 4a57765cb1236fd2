using Vigil.Matching.Screening;

namespace Vigil.Screening.Bench;

/// <summary>
/// Mean work per query over a set of queries (<see cref="ScreeningWork"/>): counted, so it explains a latency without
/// the machine's noise in it, and compares two builds exactly.
/// </summary>
/// <param name="Candidates">Indexed names handed to scoring, per query.</param>
/// <param name="Aligned">Names aligned in full (not skipped by their bound), per query.</param>
/// <param name="TokensCompared">Distinct listed tokens compared with the query's, per query.</param>
public sealed record WorkSummary(double Candidates, double Aligned, double TokensCompared)
{
    /// <summary>No queries.</summary>
    public static WorkSummary Empty { get; } = new(0, 0, 0);

    /// <summary>The means of the given counts.</summary>
    public static WorkSummary Of(ReadOnlySpan<ScreeningWork> work)
    {
        if (work.IsEmpty)
        {
            return Empty;
        }

        double candidates = 0, aligned = 0, compared = 0;
        foreach (var w in work)
        {
            candidates += w.Candidates;
            aligned += w.Aligned;
            compared += w.TokensCompared;
        }

        return new WorkSummary(Round(candidates / work.Length), Round(aligned / work.Length), Round(compared / work.Length));
    }

    private static double Round(double value) => Math.Round(value, 1);
}
