using Vigil.Text.Normalization;
using Vigil.Text.Similarity;

namespace Vigil.Evaluation.Candidates;

/// <summary>
/// Checks that two fixture files describe the same people line by line (the treated file is the untreated one with
/// noise added). Row i corresponds when the two names share a folded token (noise changes some tokens, rarely all),
/// or their letters run nearly the same once spaces are dropped (noise also moves spaces: "LAUREN TNKUNDA" for
/// "LAURENT NKUNDA"), or, failing both, the date of birth and nationality are the same.
/// </summary>
public static class RowCorrespondence
{
    /// <summary>Edit similarity of the space-free folded names above which two rows are the same person's (0.75).</summary>
    public const double MinLetterSimilarity = 0.75;

    /// <summary>The 1-based rows that do not correspond; a length mismatch makes every surplus row one.</summary>
    public static IReadOnlyList<int> Mismatches(IReadOnlyList<CandidateRow> treated, IReadOnlyList<CandidateRow> untreated)
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(untreated);
        var bad = new List<int>();
        var n = Math.Max(treated.Count, untreated.Count);
        for (var i = 0; i < n; i++)
        {
            if (i >= treated.Count || i >= untreated.Count || !Corresponds(treated[i], untreated[i]))
            {
                bad.Add(i + 1);
            }
        }

        return bad;
    }

    /// <summary>True when two rows plausibly describe the same person.</summary>
    public static bool Corresponds(CandidateRow a, CandidateRow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ta = TextFolder.Fold(a.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tb = TextFolder.Fold(b.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ta.Intersect(tb, StringComparer.Ordinal).Any() || EditDistance.Similarity(string.Concat(ta), string.Concat(tb)) >= MinLetterSimilarity)
        {
            return true;
        }

        return a.DateOfBirth.Length > 0 && string.Equals(a.DateOfBirth, b.DateOfBirth, StringComparison.Ordinal)
            && string.Equals(a.Nationality, b.Nationality, StringComparison.OrdinalIgnoreCase);
    }
}
