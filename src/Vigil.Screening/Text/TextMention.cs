using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Text;

/// <summary>A listed entity mentioned in the text, with every place it is mentioned.</summary>
/// <param name="Hit">The matcher's result for the best-scoring occurrence.</param>
/// <param name="Best">The occurrence that scored best (the one <paramref name="Hit"/> describes).</param>
/// <param name="Occurrences">Every occurrence, in text order.</param>
public sealed record TextMention(ScreeningHit Hit, TextOccurrence Best, ImmutableArray<TextOccurrence> Occurrences)
{
    /// <summary>The listed entity.</summary>
    public SanctionsEntity Entity => Hit.Entity;
}
