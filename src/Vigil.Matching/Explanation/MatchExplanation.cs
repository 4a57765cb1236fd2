using System.Collections.Immutable;

namespace Vigil.Matching.Explanation;

/// <summary>Why an entity scored as it did: the name comparison and every other piece of evidence.</summary>
/// <param name="Name">The best name's comparison.</param>
/// <param name="Evidence">Evidence beyond the name (dates, countries, identifiers, type, alias quality), in log-odds.</param>
public sealed record MatchExplanation(NameExplanation Name, ImmutableArray<FeatureContribution> Evidence)
{
    /// <summary>One line for tables: the token account plus each non-name contribution.</summary>
    public string Summary =>
        Evidence.IsEmpty
            ? Name.Summary
            : Name.Summary + "; " + string.Join("; ", Evidence.Select(e => e.Contribution == 0 ? e.Detail : $"{e.Detail} ({(e.Contribution >= 0 ? "+" : string.Empty)}{Decimals.Format(e.Contribution, 1, trim: false)})"));
}
