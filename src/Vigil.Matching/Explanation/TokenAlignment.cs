using Vigil.Matching.Scoring;

namespace Vigil.Matching.Explanation;

/// <summary>One query token and the listed token it was aligned with.</summary>
/// <param name="QueryToken">The folded query token.</param>
/// <param name="ListedToken">The folded listed token(s) it matched, or null when unmatched.</param>
/// <param name="How">Exact, fuzzy, phonetic, ...</param>
/// <param name="Similarity">Token similarity in 0..1.</param>
/// <param name="Weight">How much the token counts (rarity, stopword, legal form).</param>
public sealed record TokenAlignment(string QueryToken, string? ListedToken, TokenMatchKind How, double Similarity, double Weight);
