using System.Collections.Immutable;
using Vigil.Matching.Scoring;
using Vigil.Text.Normalization;

namespace Vigil.Matching.Explanation;

/// <summary>Why two names scored as they did: the token alignment and each name feature's contribution.</summary>
/// <param name="Query">The query name.</param>
/// <param name="Listed">The listed name.</param>
/// <param name="Score">Name score in 0..1.</param>
/// <param name="Tokens">Each token of both names with its partner; listed tokens with no partner appear with an empty query token.</param>
/// <param name="Features">The measured features.</param>
/// <param name="Contributions">Each feature's weighted contribution to the logit.</param>
public sealed record NameExplanation(
    string Query,
    string Listed,
    double Score,
    ImmutableArray<TokenAlignment> Tokens,
    NameFeatures Features,
    ImmutableArray<FeatureContribution> Contributions)
{
    /// <summary>
    /// Whether the listed name is written as the query writes it, case, accents and punctuation aside ("Bank Melli" and
    /// BANK MELLI; not MELLI BANK PLC, which scores the same).
    /// </summary>
    public bool WrittenAsQueried => TextFolder.Fold(Query) == TextFolder.Fold(Listed);

    /// <summary>
    /// Tokens of either name left without a partner. Two names may score alike while one accounts for fewer of the
    /// words: a word the query repeats counts softly against a name that has it once, so "Ibrahim Sabawi Ibrahim Hassan"
    /// scores as high against his father SAB'AWI IBRAHIM HASSAN as against his own name, which holds both.
    /// </summary>
    public int Unpartnered
    {
        get
        {
            var count = 0;
            foreach (var token in Tokens)
            {
                count += token.ListedToken is null || token.QueryToken.Length == 0 ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>
    /// A one-line account: "maduro=maduro exact, nicolas=nicolas exact; unmatched: moros"; "no name given" for a query
    /// by identifier alone.
    /// </summary>
    public string Summary
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Query))
            {
                return "no name given";
            }

            var matched = Tokens.Where(t => t.ListedToken is not null && t.QueryToken.Length > 0)
                .Select(t => t.How == TokenMatchKind.Exact ? t.QueryToken : $"{t.QueryToken}~{t.ListedToken} {Describe(t.How)} {Decimals.Format(t.Similarity, 2, trim: false)}");
            var unmatchedQ = Tokens.Where(t => t.ListedToken is null && t.QueryToken.Length > 0).Select(t => t.QueryToken).ToList();
            var unmatchedL = Tokens.Where(t => t.QueryToken.Length == 0).Select(t => t.ListedToken!).ToList();
            var list = string.Join(", ", matched);
            var text = "matched: " + (list.Length == 0 ? "nothing" : list);
            if (unmatchedQ.Count > 0)
            {
                text += "; query only: " + string.Join(' ', unmatchedQ);
            }

            if (unmatchedL.Count > 0)
            {
                text += "; listed only: " + string.Join(' ', unmatchedL);
            }

            return text;
        }
    }

    private static string Describe(TokenMatchKind how) => how switch
    {
        TokenMatchKind.LegalForm => "legal form",
        _ => how.ToString().ToLowerInvariant(),
    };
}
