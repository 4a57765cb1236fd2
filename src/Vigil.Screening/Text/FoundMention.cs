using Vigil.Matching.Screening;

namespace Vigil.Screening.Text;

/// <summary>A stretch of text tied to a listed entity during one pass, before grouping.</summary>
/// <param name="First">Index of the first word.</param>
/// <param name="Last">Index of the last word.</param>
/// <param name="Entity">Index of the entity in the screener's entity list.</param>
/// <param name="Hit">The matcher's result for the stretch; for a later mention, the full mention's.</param>
/// <param name="Kind">How the stretch was tied to the entity.</param>
internal readonly record struct FoundMention(int First, int Last, int Entity, ScreeningHit Hit, MentionKind Kind);
