using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Text;

/// <summary>A listed entity mentioned in the text, with every place it is mentioned.</summary>
/// <param name="Hit">The matcher's result for <paramref name="Best"/>.</param>
/// <param name="Best">The fullest occurrence (a listed identifier, else most name words, then best score), which represents the entity.</param>
/// <param name="Occurrences">Every occurrence, in text order.</param>
public sealed record TextMention(ScreeningHit Hit, TextOccurrence Best, ImmutableArray<TextOccurrence> Occurrences)
{
    /// <summary>The listed entity.</summary>
    public SanctionsEntity Entity => Hit.Entity;
}
